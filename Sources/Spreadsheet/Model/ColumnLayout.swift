/// The width and visibility a sheet gives a run of columns (an XLSX `<col>` element).
///
/// Readers report what the file declares; ``XLSXWriter/addSheet(grid:options:highlights:)``
/// writes it back, so a copy of a workbook keeps its column widths and hidden columns.
public struct ColumnLayout: Hashable, Sendable {
    /// The columns (zero-based, at most ``CellAddress/maxColumn``).
    public var columns: ClosedRange<Int>
    /// The width in characters of the default font (0–255), when the file sets one.
    public var width: Double?
    /// Whether the columns are hidden.
    public var hidden: Bool

    public init(columns: ClosedRange<Int>, width: Double? = nil, hidden: Bool = false) {
        self.columns = columns
        self.width = width
        self.hidden = hidden
    }
}
