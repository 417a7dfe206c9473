import Spreadsheet

/// The words partners use in headers and row labels, in Danish and English, with the
/// variants people type. Matching is on ``LabelText`` (case, punctuation, hyphens and
/// unit words do not matter).
///
/// | role | examples |
/// |---|---|
/// | area | Indsatsområde, Indsats-område, Indsatsomr., Område, Focus area |
/// | activity | Aktivitet, Aktivitet/projekt, Activity, Projekt |
/// | year | Finansiering 2013, Budget 2013, 2013 (kr.), 2013, Finansiering 2013 (t.kr.) |
/// | yearKey / amount | År / Year, Beløb / Amount |
/// | responsible | Ansvarlig, Responsible |
/// | offence / baseline | Gerningstype / Offence, Basis 2012 / Baseline |
/// | total rows | I alt, Total, Sum |
/// | remaining rows | Resterende beløb pr. år, Remaining |
enum HeaderVocabulary {
    static let area: Set<String> = [
        "indsatsområde", "indsatsområder", "indsatsomr", "indsatsomraade", "område", "omr", "omraade",
        "focusarea", "focusareas", "area", "priorityarea", "fokusområde", "indsatsområdenr", "områdenr",
        "indsatsområdenummer", "io", "focus",
    ]
    static let activity: Set<String> = [
        "aktivitet", "aktiviteter", "aktivitetprojekt", "aktivitetsnavn", "aktivitetnavn", "projekt", "projekter",
        "activity", "activities", "activityname", "project", "projectactivity", "projektaktivitet", "aktivitetindsats",
        "indsatsaktivitet", "navn", "name", "activityproject",
    ]
    static let id: Set<String> = [
        "id", "nr", "nummer", "aktivitetnr", "aktivitetsnr", "aktivitetid", "aktivitetsid", "activityid", "no",
        "ref", "løbenr", "activityno", "activitynumber",
    ]
    static let responsible: Set<String> = [
        "ansvarlig", "ansvarlige", "ansvarligforimplementering", "ansvar", "responsible", "responsibility", "owner",
        "ejer", "ansvarligorganisation", "responsibleparty",
    ]
    static let remarks: Set<String> = [
        "bemærkninger", "bemærkning", "note", "noter", "notes", "kommentar", "kommentarer", "comment", "comments",
        "remarks", "remark", "status",
    ]
    static let yearKey: Set<String> = ["år", "year", "budgetår", "regnskabsår", "finansår", "aar", "fiscalyear"]
    static let amount: Set<String> = [
        "finansiering", "beløb", "belob", "budget", "amount", "funding", "udgift", "udgifter", "budgetbeløb",
        "tilskud", "ramme", "økonomi", "expenditure", "bevilling", "budgetamount", "finansieringkr", "",
    ]
    static let offence: Set<String> = [
        "gerningstype", "gerningstyper", "offence", "offense", "offencetype", "offensetype", "kriminalitetstype",
        "forbrydelse", "lovovertrædelse", "anmeldelsestype", "type",
    ]
    static let baseline: Set<String> = [
        "basis", "baseline", "basisår", "udgangspunkt", "basisniveau", "base", "baseår", "basisværdi", "niveau",
        "anmeldelser", "antalanmeldelser", "anmeldte", "anmeldteforhold", "reports", "reported", "udgangsniveau",
        "basistal", "startniveau",
    ]
    static let target: Set<String> = ["mål", "måltal", "target", "targets", "maal", "maaltal", "goal"]
    static let rowTotal: Set<String> = ["ialt", "total", "totalt", "sum", "samlet"]

    /// Header words that only a Danish sheet uses.
    static let danishWords: Set<String> = [
        "indsatsområde", "indsatsomr", "område", "aktivitet", "aktiviteter", "finansiering", "beløb", "ansvarlig",
        "bemærkninger", "år", "gerningstype", "basis", "udgift", "udgifter", "tilskud", "projekt", "måltal",
    ]

    /// Whether a header label is Danish.
    static func isDanish(_ label: LabelText) -> Bool {
        danishWords.contains(label.compact) || label.words.contains(where: danishWords.contains)
    }

    /// The role of a column whose (possibly composed) header reads `label`; `nil` when it
    /// names nothing known.
    static func role(of label: LabelText) -> ColumnRole? {
        let compact = label.compact
        if label.years.count == 1 {
            let year = label.years[0]
            if amount.contains(compact) || target.contains(compact) { return .year(year) }
            if baseline.contains(compact) { return .baseline }
            // "Finansiering 2013" with a unit note: "Finansiering 2013 kr" is covered by unit words.
            return nil
        }
        if label.years.count > 1 {
            return rowTotal.contains(compact) || amount.contains(compact) ? .rowTotal : nil
        }
        if compact.isEmpty { return label.raw.isEmpty ? nil : unitOnly(label) }
        if area.contains(compact) { return .area }
        if activity.contains(compact) { return .activity }
        if id.contains(compact) { return .id }
        if responsible.contains(compact) { return .responsible }
        if remarks.contains(compact) { return .remarks }
        if yearKey.contains(compact) { return .yearKey }
        if amount.contains(compact) { return .amount }
        if offence.contains(compact) { return .offence }
        if baseline.contains(compact) { return .baseline }
        if rowTotal.contains(compact) { return .rowTotal }
        return nil
    }

    /// A header that is only a unit ("kr.", "t.kr.") heads an amount column.
    private static func unitOnly(_ label: LabelText) -> ColumnRole? {
        scale(in: label.raw) != nil ? .amount : nil
    }

    /// Whether a row label means a total ("I alt", "Total", "Sum", "I alt (kr.)").
    static func isTotal(_ label: LabelText) -> Bool {
        let compact = label.compact
        if rowTotal.contains(compact) { return true }
        let known: Set<String> = [
            "samletialt", "totalialt", "sumialt", "grandtotal", "totals", "budgetialt", "finansieringialt",
            "beløbialt", "ialtprår", "totalprår", "ialtfinansiering", "totalbudget", "totalfunding", "sumtotal",
            "samletsum", "samletbeløb", "ialtkr", "samlettotal",
        ]
        return known.contains(compact)
    }

    /// Whether a row label means what is left of the frame ("Resterende beløb pr. år", "Remaining").
    static func isRemaining(_ label: LabelText) -> Bool {
        guard let first = label.words.first else { return false }
        if first.hasPrefix("resterende") || first == "rest" || first == "restbeløb" || first == "restramme" { return true }
        if first == "remaining" || first == "unallocated" || first == "uforbrugt" || first == "uforbrugte" { return true }
        let phrase = label.phrase
        return phrase.hasPrefix("til rådighed") || phrase.hasPrefix("ikke disponeret")
            || phrase.hasPrefix("left")
                && phrase.contains("frame")
    }

    /// The unit a header, title or note names: kroner, thousands (t.kr., DKK thousands,
    /// 1.000 kr.) or millions (mio. kr.); `nil` when it names none. When several appear,
    /// the largest wins. The words are ``AmountUnitVocabulary``'s, the one table of unit
    /// words; only the start of a long text is read (``HeaderTextLimit``).
    static func scale(in text: String) -> AmountUnit? {
        AmountUnit.inHeader(text)
    }
}
