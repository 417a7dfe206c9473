/// A whole sheet held in memory: rows of cells, merged ranges, and the used area.
///
/// Readers stream rows; `SheetGrid` is the convenience form for code that wants
/// random access. It is sparse: only rows and cells that hold something are stored.
public struct SheetGrid: Hashable, Sendable {
    /// The sheet's name.
    public var name: String
    /// Non-empty rows, sorted by index.
    public var rows: [Row]
    /// Merged ranges declared by the sheet.
    public var mergedRanges: [CellRange]
    /// Column widths and hidden columns declared by the sheet, in increasing column order
    /// and without overlaps (empty for CSV).
    public var columns: [ColumnLayout]

    public init(name: String, rows: [Row] = [], mergedRanges: [CellRange] = [], columns: [ColumnLayout] = []) {
        self.name = name
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.columns = columns
    }

    /// The smallest range holding every stored cell, or `nil` for an empty sheet.
    public var usedRange: CellRange? {
        var minRow = Int.max
        var maxRow = -1
        var minCol = Int.max
        var maxCol = -1
        for row in rows where !row.cells.isEmpty {
            minRow = min(minRow, row.index)
            maxRow = max(maxRow, row.index)
            minCol = min(minCol, row.cells.first!.column)
            maxCol = max(maxCol, row.cells.last!.column)
        }
        guard maxRow >= 0 else { return nil }
        return CellRange(start: CellAddress(row: minRow, column: minCol), end: CellAddress(row: maxRow, column: maxCol))
    }

    /// The row with index `index`, if it holds anything.
    public func row(_ index: Int) -> Row? {
        var low = 0
        var high = rows.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = rows[mid].index
            if r == index { return rows[mid] }
            if r < index { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The cell at `address`, if it holds anything.
    public func cell(at address: CellAddress) -> Cell? {
        row(address.row)?.cell(at: address.column)
    }

    /// The value at `address`, or `.empty`.
    public subscript(address: CellAddress) -> CellValue {
        cell(at: address)?.value ?? .empty
    }

    /// The value at an A1 reference such as `"B7"`, or `.empty`.
    public subscript(a1: String) -> CellValue {
        guard let address = CellAddress(a1) else { return .empty }
        return self[address]
    }
}
