/// A row of a sheet as a reader streams it: its index and its non-empty cells in column order.
public struct Row: Hashable, Sendable {
    /// Zero-based row index.
    public var index: Int
    /// The cells of the row that hold something, sorted by column.
    public var cells: [Cell]

    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }

    /// The value in `column`, or `.empty`.
    public subscript(column: Int) -> CellValue {
        cell(at: column)?.value ?? .empty
    }

    /// The cell in `column`, if any.
    public func cell(at column: Int) -> Cell? {
        // Rows are short and sorted: binary search keeps wide rows cheap.
        var low = 0
        var high = cells.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let c = cells[mid].column
            if c == column { return cells[mid] }
            if c < column { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
