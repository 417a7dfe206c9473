/// What a cell of an exported sheet is for. The table model says only this; the
/// renderer decides how each role looks (font, fill, number format, wrapping), so the
/// same table can be written as a styled workbook or as plain CSV.
public enum ExportCellRole: String, Hashable, Sendable, CaseIterable {
    /// The sheet's title in the first row.
    case title
    /// A line under the title, e.g. the focus area's full name.
    case subtitle
    /// A remark above a table, e.g. that no activities are proposed yet.
    case note
    /// A column heading.
    case header
    /// Short text such as an activity's name.
    case text
    /// Long text that wraps within its column (target group, deliverables…).
    case wrappedText
    /// A focus-area number.
    case areaNumber
    /// An activity's id (`"1.2"`).
    case identifier
    /// An amount in whole kroner.
    case amount
    /// A whole count, e.g. a number of police reports.
    case count
    /// A year written as a number (`2013`, no thousands separator).
    case year
    /// The label of a total row ("I alt").
    case totalLabel
    /// An amount in a total row.
    case totalAmount
    /// The label of the remaining row ("Resterende beløb pr. år").
    case remainingLabel
    /// An amount in the remaining row.
    case remainingAmount
    /// The label of the annual frame ("Årlig ramme").
    case frameLabel
    /// The annual frame amount.
    case frameAmount

    /// Whether the role holds kroner (and is written with the kroner number format).
    public var isAmount: Bool {
        switch self {
        case .amount, .totalAmount, .remainingAmount, .frameAmount: return true
        default: return false
        }
    }

    /// Whether cells of this role decide the width of their column. Titles, subtitles
    /// and notes run over the columns to their right instead.
    var sizesColumn: Bool {
        switch self {
        case .title, .subtitle, .note: return false
        default: return true
        }
    }
}
