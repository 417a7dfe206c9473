/// A cell to write: its column, value, and optionally a formula and a style.
///
/// For a formula cell, `value` is the cached result spreadsheet programs show before
/// they recalculate (a number, text, boolean, date or error; `.empty` when unknown).
public struct WriteCell: Sendable, Hashable {
    /// Zero-based column.
    public var column: Int
    /// The value (for a formula: its cached result).
    public var value: CellValue
    /// The formula, with or without the leading `=` (`"SUM(B2:B9)"`).
    public var formula: String?
    /// For an array formula (`{=…}`): the range it fills, written as `<f t="array" ref="…">`.
    public var arrayRange: CellRange?
    /// How the cell looks; `nil` is the default style (dates get a date format).
    public var style: CellStyle?

    /// Creates a cell.
    public init(column: Int, value: CellValue, formula: String? = nil, style: CellStyle? = nil, arrayRange: CellRange? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
        self.style = style
        self.arrayRange = arrayRange
    }

    /// Creates a cell from a column and a value.
    public init(_ column: Int, _ value: CellValue, style: CellStyle? = nil) {
        self.init(column: column, value: value, formula: nil, style: style)
    }
}
