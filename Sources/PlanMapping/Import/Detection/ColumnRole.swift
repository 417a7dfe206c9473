/// What a column of a partner's table holds, as read from its header.
public enum ColumnRole: Hashable, Sendable, CustomStringConvertible {
    /// The focus area ("Indsatsområde", "Indsats-område", "Område", "Focus area").
    case area
    /// The activity's name ("Aktivitet", "Aktivitet/projekt", "Activity").
    case activity
    /// An activity id such as "1.2" ("Id", "Nr.").
    case id
    /// Who is responsible ("Ansvarlig", "Responsible").
    case responsible
    /// Remarks ("Bemærkninger", "Noter", "Remarks"): read past, kept in the sheet.
    case remarks
    /// The funding of one year ("Finansiering 2013", "Budget 2013", "2013 (kr.)", "2013"),
    /// or, in a crime-target table, the target of one year ("2013 (-10 %)").
    case year(Int)
    /// The year of a long layout's row ("År", "Year").
    case yearKey
    /// The amount of a long layout's row ("Beløb", "Amount"), or a group label over year
    /// columns ("Finansiering" merged over 2013–2016).
    case amount
    /// The offence of a crime-target table ("Gerningstype", "Offence").
    case offence
    /// The baseline count of a crime-target table ("Basis 2012", "Baseline").
    case baseline
    /// A summing column ("I alt", "Total"): read past.
    case rowTotal
    /// Figures that are not the budget ("Forbrug 2013", "Regnskab", "Actual", "Prognose"),
    /// for a year when the header names one: set aside with their basis as the reason.
    case figures(FigureBasis, year: Int?)
    /// A ledger's bookkeeping column (account, voucher, posting text, date, project
    /// number): describes a posting line; read past.
    case ledger

    public var description: String {
        switch self {
        case .area: return "area"
        case .activity: return "activity"
        case .id: return "id"
        case .responsible: return "responsible"
        case .remarks: return "remarks"
        case .year(let year): return "year \(year)"
        case .yearKey: return "year"
        case .amount: return "amount"
        case .offence: return "offence"
        case .baseline: return "baseline"
        case .rowTotal: return "total"
        case .ledger: return "ledger"
        case .figures(let basis, let year): return basis.rawValue + (year.map { " \($0)" } ?? "")
        }
    }
}
