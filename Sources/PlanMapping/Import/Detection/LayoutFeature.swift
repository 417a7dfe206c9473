import PlanModel

/// Something detection found out about a table's layout by itself, for the report: the
/// reading taken and what it rests on.
public enum LayoutFeature: Hashable, Sendable {
    /// The header spans two rows (a year or group label over "Budget"/"Forbrug" or over the years).
    case twoRowHeader
    /// Years run down the rows and activities across the columns; read turned.
    case transposed
    /// The table has no year columns; its one amount column is for `year`, named by the
    /// sheet's name or a title above the table.
    case yearFromSheet(Int, source: String)
    /// The activities' names stand in a column whose heading names nothing.
    case unlabelledNames
    /// No column is headed as the activity; the names are taken from the bookkeeping text
    /// column with this heading ("Tekst", "Kontonavn", "Beskrivelse").
    case namesFromTextColumn(String)
    /// A grand total stands above the activities.
    case totalAbove
    /// Subtotal rows, each checked against the rows it sums.
    case subtotals(Int)
    /// Section headings that give the focus area of the rows below them.
    case sectionHeadings(Int)
    /// A ledger: several posting lines per activity and year, summed.
    case ledger(lines: Int)

    /// The feature as a finance officer reads it.
    public var text: LocalizedText {
        switch self {
        case .twoRowHeader:
            return LocalizedText(da: "overskriften går over to rækker", en: "the header spans two rows")
        case .transposed:
            return LocalizedText(
                da: "årene står i rækkerne og aktiviteterne i kolonnerne; tabellen er læst vendt",
                en: "years run down the rows and activities across; the table was read turned")
        case .yearFromSheet(let year, let source):
            return LocalizedText(
                da: "tabellens beløb er for \(year) (året står i \(source))",
                en: "the table's amounts are for \(year) (the year is named in \(source))")
        case .unlabelledNames:
            return LocalizedText(
                da: "aktiviteternes navne står i en kolonne uden overskrift", en: "the activities' names stand in a column without a heading")
        case .namesFromTextColumn(let heading):
            return LocalizedText(
                da: "ingen kolonne hedder “Aktivitet”; aktiviteternes navne er taget fra kolonnen “\(heading)”",
                en: "no column is headed “Activity”; the activities' names are taken from the column “\(heading)”")
        case .totalAbove:
            return LocalizedText(da: "totalen står over aktiviteterne", en: "the total stands above the activities")
        case .subtotals(let count):
            return LocalizedText(
                da: "\(count) \(count == 1 ? "subtotal" : "subtotaler") kontrolleret mod rækkerne over",
                en: "\(count) \(count == 1 ? "subtotal" : "subtotals") checked against the rows above")
        case .sectionHeadings(let count):
            return LocalizedText(
                da: "\(count) \(count == 1 ? "afsnitsoverskrift giver" : "afsnitsoverskrifter giver") indsatsområdet for rækkerne under",
                en: "\(count) section \(count == 1 ? "heading gives" : "headings give") the focus area of the rows below")
        case .ledger(let lines):
            return LocalizedText(
                da: "posteringsliste: \(lines) linjer lagt sammen pr. aktivitet og år",
                en: "ledger: \(lines) lines summed per activity and year")
        }
    }
}

extension LayoutFeature {
    /// Whether the names come from a column no heading names as the activity's, so the body
    /// must show activity names before the table is taken.
    var takesNamesFromAnUnheadedColumn: Bool {
        switch self {
        case .unlabelledNames, .namesFromTextColumn: return true
        default: return false
        }
    }
}
