import Spreadsheet

extension SheetGrid {
    /// The sheet turned about its diagonal: row r, column c becomes row c, column r (merged
    /// ranges turned with it). Reading a turned sheet finds a table whose years run down
    /// the rows and whose activities run across the columns.
    func transposed() -> SheetGrid {
        var columns: [Int: [Cell]] = [:]
        for row in rows {
            for cell in row.cells {
                var turned = cell
                turned.column = row.index
                columns[cell.column, default: []].append(turned)
            }
        }
        // Rows were visited in order, so each turned row's cells are in column order.
        let turnedRows = columns.keys.sorted().map { Row(index: $0, cells: columns[$0]!) }
        let merged = mergedRanges.map { range in
            CellRange(
                start: CellAddress(row: range.start.column, column: range.start.row),
                end: CellAddress(row: range.end.column, column: range.end.row))
        }
        return SheetGrid(name: name, rows: turnedRows, mergedRanges: merged)
    }
}
