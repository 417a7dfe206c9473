extension XLSXWriter {
    /// Writes whole sheets to a new workbook at `path`, keeping values, formulas
    /// (with their cached values), number formats, merged ranges, column widths and hidden columns.
    ///
    /// Used to convert other files to XLSX and to write annotated copies. Merged
    /// ranges that overlap an earlier one, or span a single cell, are left out.
    public static func write(grids: [SheetGrid], to path: String, options: XLSXWriterOptions = XLSXWriterOptions()) throws(XLSXWriteError) {
        let writer = try XLSXWriter(path: path, options: options)
        do {
            for grid in grids { try writer.addSheet(grid: grid) }
            try writer.close()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Adds a sheet holding the content of `grid` and returns its writer, for adding
    /// notes, widths or charts before the workbook is closed.
    ///
    /// - Parameters:
    ///   - grid: the sheet's name, rows, merged ranges and column layouts. Each cell keeps
    ///     its value, formula and number format.
    ///   - options: how the sheet is shown.
    ///   - highlights: styles laid over particular cells (for example a red fill on
    ///     faulty cells): their parts that are set replace those of the cell's own style
    ///     (see ``CellStyle/merging(_:)``). A highlighted cell that the grid leaves
    ///     empty is written as a styled blank.
    @discardableResult
    public func addSheet(
        grid: SheetGrid, options: XLSXSheetOptions = .standard,
        highlights: [CellAddress: CellStyle] = [:]
    ) throws(XLSXWriteError) -> XLSXSheetWriter {
        let sheet = try addSheet(grid.name, options: options)
        // Highlights grouped by row; each row's list is sorted by column.
        var highlightRows: [Int: [(column: Int, style: CellStyle)]] = [:]
        for (address, style) in highlights { highlightRows[address.row, default: []].append((address.column, style)) }
        let gridRowIndices = Set(grid.rows.map(\.index))
        let extraRows = highlightRows.keys.filter { !gridRowIndices.contains($0) }.sorted()
        var extraIndex = 0
        let rows = grid.rows.isSorted { $0.index < $1.index } ? grid.rows : grid.rows.sorted { $0.index < $1.index }
        var cells: [WriteCell] = []

        func writeHighlightOnlyRows(before limit: Int) throws(XLSXWriteError) {
            while extraIndex < extraRows.count && extraRows[extraIndex] < limit {
                let rowIndex = extraRows[extraIndex]
                cells = highlightRows[rowIndex, default: []].map { WriteCell(column: $0.column, value: .empty, style: $0.style) }
                try sheet.appendRow(cells, at: rowIndex)
                extraIndex += 1
            }
        }

        for row in rows {
            try writeHighlightOnlyRows(before: row.index)
            var rowHighlights: [Int: CellStyle] = [:]
            if let list = highlightRows[row.index] {
                for entry in list { rowHighlights[entry.column] = entry.style }
            }
            cells.removeAll(keepingCapacity: true)
            for cell in row.cells {
                var style: CellStyle?
                if let format = cell.numberFormat, format != CellStyle.NumberFormats.general {
                    style = CellStyle(numberFormat: format)
                }
                if let highlight = rowHighlights.removeValue(forKey: cell.column) {
                    style = (style ?? .standard).merging(highlight)
                }
                cells.append(WriteCell(column: cell.column, value: cell.value, formula: cell.formula, style: style, arrayRange: cell.arrayRange))
            }
            for (column, style) in rowHighlights {
                cells.append(WriteCell(column: column, value: .empty, style: style))
            }
            try sheet.appendRow(cells, at: row.index)
        }
        try writeHighlightOnlyRows(before: Int.max)

        for layout in grid.columns {
            if let width = layout.width { try sheet.setColumnWidth(width, for: layout.columns) }
            if layout.hidden { try sheet.hideColumns(layout.columns) }
        }
        for range in grid.mergedRanges where range.rowCount > 1 || range.columnCount > 1 {
            if sheet.layout.merges.contains(where: { XLSXSheetWriter.overlap($0, range) }) { continue }
            try sheet.merge(range)
        }
        return sheet
    }
}

extension CellStyle {
    /// This style with the parts that `overlay` sets replacing its own.
    public func merging(_ overlay: CellStyle) -> CellStyle {
        CellStyle(
            numberFormat: overlay.numberFormat ?? numberFormat, font: overlay.font ?? font,
            fill: overlay.fill ?? fill, border: overlay.border ?? border, alignment: overlay.alignment ?? alignment)
    }
}

extension Array {
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        guard count > 1 else { return true }
        for index in 1..<count where !areInIncreasingOrder(self[index - 1], self[index]) { return false }
        return true
    }
}
