extension HeaderVocabulary {
    /// Words of a column that holds spent money, not the budget.
    static let actuals: Set<String> = [
        "forbrug", "forbrugt", "regnskab", "regnskabstal", "actual", "actuals", "faktisk", "faktiske", "realiseret",
        "realiserede", "realised", "realized", "spent", "afholdt", "afholdte", "outturn", "udgiftforbrug",
        "faktiskforbrug", "regnskabforbrug", "actualspend", "actualspending",
    ]
    /// Words of a column that holds expected spending, not the budget.
    static let forecast: Set<String> = ["prognose", "forecast", "skøn", "forventet", "forventetforbrug", "estimate"]

    /// The role of a column whose header reads `label`, with its years read in `context`
    /// ("B2013", "Budget 2014", "2015-budget", "FY2013", "År 2013", "Forbrug 2013").
    static func role(of label: LabelText, context: YearContext) -> ColumnRole? {
        let reading = YearLabel(label, context: context)
        let compact = reading.compact
        switch reading.years.count {
        case 0:
            if actuals.contains(compact) { return .figures(.actuals, year: nil) }
            if forecast.contains(compact) { return .figures(.forecast, year: nil) }
            // Years the context finds implausible, or none: the words alone decide.
            guard label.years.isEmpty else { return nil }
            if let role = role(of: label) { return role }
            return ledger.contains(compact) ? .ledger : nil
        case 1:
            let year = reading.years[0]
            if amount.contains(compact) || target.contains(compact) || yearKey.contains(compact) { return .year(year) }
            if actuals.contains(compact) { return .figures(.actuals, year: year) }
            if forecast.contains(compact) { return .figures(.forecast, year: year) }
            if baseline.contains(compact) { return .baseline }
            // Several words ("B2013 Budget", "B2013 Forbrug" from a two-row header): each a
            // budget word, or one of them naming actuals or a forecast.
            let words = Set(reading.words)
            func only(_ marks: Set<String>) -> Bool {
                words.contains(where: marks.contains) && words.allSatisfy { marks.contains($0) || amount.contains($0) }
            }
            if only(actuals) { return .figures(.actuals, year: year) }
            if only(forecast) { return .figures(.forecast, year: year) }
            if words.allSatisfy({ amount.contains($0) || target.contains($0) || yearKey.contains($0) }) { return .year(year) }
            return nil
        default:
            return rowTotal.contains(compact) || amount.contains(compact) ? .rowTotal : nil
        }
    }
}

extension HeaderVocabulary {
    /// Headings of a ledger's bookkeeping columns (account, voucher, posting text, date,
    /// project number, cost centre): they describe a posting line and are read past.
    static let ledger: Set<String> = [
        "konto", "kontonr", "kontonummer", "kontonavn", "account", "accountno", "accountnumber", "accountname",
        "bilag", "bilagsnr", "bilagsnummer", "voucher", "voucherno", "posteringstekst", "postering", "tekst", "text",
        "description", "beskrivelse", "dato", "bogføringsdato", "posteringsdato", "date", "postingdate", "projektnr",
        "projektnummer", "projectno", "projectnumber", "omkostningssted", "costcentre", "costcenter", "afdeling",
        "department", "dimension", "momskode", "artskonto", "kontotekst",
    ]
    /// The bookkeeping columns that hold a line's text: where no column is headed as the
    /// activity, a budget extract's names stand in one of these.
    static let ledgerText: Set<String> = [
        "tekst", "text", "kontonavn", "accountname", "posteringstekst", "beskrivelse", "description", "kontotekst",
    ]
    /// Activity headings preferred when a table has several name columns (a ledger's
    /// "Projekt" beside its "Aktivitet").
    static func isPrimaryActivity(_ label: LabelText) -> Bool {
        let compact = label.compact
        return compact.hasPrefix("aktivitet") || compact.hasPrefix("activit")
    }
}
