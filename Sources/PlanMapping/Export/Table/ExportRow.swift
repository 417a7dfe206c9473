/// One row of an exported sheet: what it holds and its cells, sorted by column.
public struct ExportRow: Hashable, Sendable {
    /// What the row holds.
    public var kind: ExportRowKind
    /// The cells, sorted by column, each column at most once.
    public var cells: [ExportCell]

    /// Creates a row; the cells are sorted by column.
    public init(_ kind: ExportRowKind, _ cells: [ExportCell] = []) {
        self.kind = kind
        self.cells = cells.sorted { $0.column < $1.column }
    }

    /// An empty row.
    public static let blank = ExportRow(.blank)

    /// The cell in `column`, if any.
    public subscript(column: Int) -> ExportCell? {
        cells.first { $0.column == column }
    }
}
