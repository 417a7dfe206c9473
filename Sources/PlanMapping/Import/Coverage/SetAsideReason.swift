import PlanModel
import Spreadsheet

/// Why a figure of a table was deliberately not used for the plan.
public enum SetAsideReason: Hashable, Sendable {
    /// The figure is on a hidden sheet, which is not read unless asked (`--include-hidden`).
    case hiddenSheet
    /// The figure is in a column of actual spending or accounts, not budget ("Forbrug",
    /// "Regnskab", "Actual"); `heading` is the column's heading as written.
    case actualsColumn(heading: String)
    /// The figure is for a year outside the plan period (`period`, the plan's or `--period`'s):
    /// it is not taken into the plan, and validate reports the year (`year-out-of-period`).
    case outsidePlanPeriod(year: Int, period: PlanPeriod)
    /// The figure is a subtotal ("I alt indsatsområde 1", "Subtotal"); it was checked
    /// against the rows it sums.
    case subtotalChecked
    /// The figure is in a column that sums the year columns ("I alt", "Total").
    case rowTotalColumn
    /// The figure is in a remarks column ("Bemærkninger").
    case remarksColumn
    /// The figure repeats one used elsewhere (the same activity and year in another
    /// table, with the same amount).
    case repeats(SheetCell)
    /// The figure is in a second column headed with the same year (`heading`); only the
    /// first column for the year (`readColumn`, zero-based) is read. Where the two columns
    /// disagree, reading reports `conflicting-figures` at the second one.
    case anotherColumnForYear(year: Int, heading: String, readColumn: Int)
    /// Another reason, in Danish and English.
    case other(LocalizedText)

    /// A short stable name for JSON, e.g. `"hidden-sheet"`, `"actuals-column"`.
    public var code: String {
        switch self {
        case .hiddenSheet: return "hidden-sheet"
        case .actualsColumn: return "actuals-column"
        case .outsidePlanPeriod: return "outside-plan-period"
        case .subtotalChecked: return "subtotal-checked"
        case .rowTotalColumn: return "row-total-column"
        case .remarksColumn: return "remarks-column"
        case .repeats: return "repeats"
        case .anotherColumnForYear: return "another-column-for-year"
        case .other: return "other"
        }
    }

    /// The reason as a finance officer reads it.
    public var text: LocalizedText {
        switch self {
        case .hiddenSheet:
            return LocalizedText(da: "arket er skjult (læses kun med --include-hidden)", en: "the sheet is hidden (read only with --include-hidden)")
        case .actualsColumn(let heading):
            return LocalizedText(da: "kolonnen “\(heading)” er forbrug/regnskab, ikke budget", en: "the column “\(heading)” is actuals, not budget")
        case .outsidePlanPeriod(let year, let period):
            return LocalizedText(
                da: "\(year) ligger uden for planperioden \(period)", en: "\(year) is outside the plan period \(period)")
        case .subtotalChecked:
            return LocalizedText(da: "subtotal, kontrolleret mod rækkerne over den", en: "a subtotal, checked against the rows above it")
        case .rowTotalColumn:
            return LocalizedText(da: "kolonne med rækkens sum", en: "a column of row sums")
        case .remarksColumn:
            return LocalizedText(da: "bemærkningskolonne", en: "a remarks column")
        case .repeats(let cell):
            return LocalizedText(da: "gentager beløbet i \(cell)", en: "repeats the amount in \(cell)")
        case .anotherColumnForYear(let year, let heading, let readColumn):
            let read = CellAddress.columnName(readColumn)
            return LocalizedText(
                da: "kolonnen “\(heading)” er endnu en kolonne for \(year); kun kolonne \(read) er læst",
                en: "the column “\(heading)” is another column for \(year); only column \(read) is read")
        case .other(let text):
            return text
        }
    }
}
