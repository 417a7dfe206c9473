/// One cell of a sheet: where it is, what it holds, and how it is written.
public struct Cell: Hashable, Sendable {
    /// Zero-based column of the cell in its row.
    public var column: Int
    /// The value (for a formula cell: its cached value).
    public var value: CellValue
    /// The formula text without the leading `=`, when the cell holds a formula.
    public var formula: String?
    /// For the first cell of an array formula (`{=…}`, `<f t="array" ref="…">`): the range the
    /// formula fills. `nil` for an ordinary formula, which uses a range as the one cell in its
    /// own row or column (implicit intersection) where an array formula uses it whole.
    public var arrayRange: CellRange?
    /// The number format code that applies to the cell (`"General"`, `"#,##0"`, `"dd-mm-yyyy"`…).
    public var numberFormat: String?

    public init(column: Int, value: CellValue, formula: String? = nil, numberFormat: String? = nil, arrayRange: CellRange? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
        self.arrayRange = arrayRange
    }

    /// The address of this cell in row `row`.
    public func address(inRow row: Int) -> CellAddress { CellAddress(row: row, column: column) }
}
