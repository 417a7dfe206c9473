/// The cells of a workbook laid out for the engine: each stored cell has an integer id,
/// found from (sheet, row, column) by binary search over sorted rows and columns, so
/// that lookups do no string work and ranges walk only the cells that exist.
struct FormulaCellStore {
    /// One sheet's cells: rows sorted, and within each row the columns sorted.
    struct Sheet {
        var rowIndices: [Int32] = []
        /// Where each row's cells start in `columns`; one more entry than rows.
        var rowStarts: [Int32] = [0]
        var columns: [Int32] = []
        /// The id of the sheet's first cell.
        var base = 0
        /// The largest row and column holding a cell (-1 when empty).
        var lastRow = -1
        var lastColumn = -1
    }

    private(set) var sheets: [Sheet] = []
    /// The value of every cell by id; formula cells are overwritten as they are computed.
    var values: [FormulaValue] = []
    /// Notes reads of cells not yet computed (see ``ReadWatch``).
    let watch = ReadWatch()

    /// Watches whether an evaluation reads any of a set of cells: how the engine tells a formula
    /// that merely names a range holding itself (`=ROWS(A1:A9)` in A5; a lookup table holding its
    /// own cell but not reaching it) from one that really reads a value not yet computed.
    final class ReadWatch {
        /// Cells by id whose reading counts.
        var pending: [Bool] = []
        var isActive = false
        /// Whether a pending cell was read since the last reset.
        var didReadPending = false

        @inline(__always)
        func note(_ id: Int) {
            if isActive && pending[id] { didReadPending = true }
        }
    }

    init(grids: [SheetGrid]) {
        for grid in grids {
            var sheet = Sheet()
            sheet.base = values.count
            let ordered = zip(grid.rows, grid.rows.dropFirst()).allSatisfy { $0.index < $1.index }
            let rows = ordered ? grid.rows : XLSXWorkbook.normalized(grid.rows)
            for row in rows where row.index >= 0 && !row.cells.isEmpty {
                sheet.rowIndices.append(Int32(row.index))
                sheet.lastRow = row.index
                for cell in row.cells {
                    sheet.columns.append(Int32(cell.column))
                    values.append(FormulaValue(cell.value))
                    sheet.lastColumn = Swift.max(sheet.lastColumn, cell.column)
                }
                sheet.rowStarts.append(Int32(sheet.columns.count))
            }
            sheets.append(sheet)
        }
    }

    /// The id of the cell at (`sheet`, `row`, `column`), or `nil` when nothing is stored there.
    @inline(__always)
    func id(sheet index: Int, row: Int, column: Int) -> Int? {
        guard index >= 0, index < sheets.count else { return nil }
        let sheet = sheets[index]
        guard let r = Self.search(sheet.rowIndices, 0, sheet.rowIndices.count, Int32(truncatingIfNeeded: row)) else { return nil }
        let start = Int(sheet.rowStarts[r])
        let end = Int(sheet.rowStarts[r + 1])
        guard let c = Self.search(sheet.columns, start, end, Int32(truncatingIfNeeded: column)) else { return nil }
        return sheet.base + c
    }

    /// The value at (`sheet`, `row`, `column`); `.empty` where nothing is stored.
    @inline(__always)
    func value(sheet: Int, row: Int, column: Int) -> FormulaValue {
        guard let id = id(sheet: sheet, row: row, column: column) else { return .empty }
        watch.note(id)
        return values[id]
    }

    /// Calls `body` with the row, column and id of every stored cell of `area`, row by row.
    func forEachCell(in area: FormulaArea, _ body: (_ row: Int, _ column: Int, _ id: Int) -> Void) {
        guard area.sheet >= 0, area.sheet < sheets.count else { return }
        let sheet = sheets[area.sheet]
        var r = Self.lowerBound(sheet.rowIndices, 0, sheet.rowIndices.count, Int32(clamping: area.top))
        while r < sheet.rowIndices.count {
            let rowIndex = Int(sheet.rowIndices[r])
            if rowIndex > area.bottom { break }
            let end = Int(sheet.rowStarts[r + 1])
            var c = Self.lowerBound(sheet.columns, Int(sheet.rowStarts[r]), end, Int32(clamping: area.left))
            while c < end {
                let column = Int(sheet.columns[c])
                if column > area.right { break }
                watch.note(sheet.base + c)
                body(rowIndex, column, sheet.base + c)
                c += 1
            }
            r += 1
        }
    }

    /// `area` without the rows and columns past the last stored cell of its sheet
    /// (whole-column references then cost what the sheet holds, not a million rows).
    func trimmed(_ area: FormulaArea) -> FormulaArea {
        guard area.sheet >= 0, area.sheet < sheets.count else { return area }
        var out = area
        let sheet = sheets[area.sheet]
        out.bottom = Swift.max(area.top, Swift.min(area.bottom, sheet.lastRow))
        out.right = Swift.max(area.left, Swift.min(area.right, sheet.lastColumn))
        return out
    }

    @inline(__always)
    private static func search(_ array: [Int32], _ low: Int, _ high: Int, _ key: Int32) -> Int? {
        let i = lowerBound(array, low, high, key)
        return i < high && array[i] == key ? i : nil
    }

    @inline(__always)
    private static func lowerBound(_ array: [Int32], _ low: Int, _ high: Int, _ key: Int32) -> Int {
        var low = low
        var high = high
        while low < high {
            let mid = (low + high) >> 1
            if array[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
