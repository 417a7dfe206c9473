extension XLSXSheetWriter {
    // MARK: Columns and panes

    /// Sets the width of `columns` (zero-based), in characters of the default font (0–255).
    public func setColumnWidth(_ width: Double, for columns: ClosedRange<Int>) throws(XLSXWriteError) {
        try checkOpen()
        guard width >= 0 && width <= XLSXFormatLimits.maxColumnWidth else {
            throw XLSXWriteError(.invalidValue("column width \(width) is not between 0 and 255"), file: context.path, sheet: name)
        }
        try checkColumns(columns)
        for column in columns { layout.columns[column, default: SheetLayout.Column()].width = width }
    }

    /// Sets the width of one column (zero-based), in characters of the default font (0–255).
    public func setColumnWidth(_ width: Double, for column: Int) throws(XLSXWriteError) {
        try setColumnWidth(width, for: column...column)
    }

    /// Hides `columns` (zero-based).
    public func hideColumns(_ columns: ClosedRange<Int>) throws(XLSXWriteError) {
        try checkOpen()
        try checkColumns(columns)
        for column in columns { layout.columns[column, default: SheetLayout.Column()].hidden = true }
    }

    /// Freezes the top `rows` rows and the left `columns` columns, so they stay in
    /// view while the rest scrolls. `freeze(rows: 0, columns: 0)` unfreezes.
    public func freeze(rows: Int, columns: Int = 0) throws(XLSXWriteError) {
        try checkOpen()
        guard rows >= 0 && rows <= CellAddress.maxRow && columns >= 0 && columns <= CellAddress.maxColumn else {
            throw XLSXWriteError(.cellOutOfRange, file: context.path, sheet: name)
        }
        layout.frozenRows = rows
        layout.frozenColumns = columns
    }

    // MARK: Ranges

    /// Merges the cells of `range` into one (it must span at least two cells and not
    /// overlap another merged range). The merged cell shows the top-left cell's value.
    public func merge(_ range: CellRange) throws(XLSXWriteError) {
        try checkOpen()
        try checkRange(range)
        guard range.rowCount > 1 || range.columnCount > 1 else {
            throw XLSXWriteError(.invalidValue("a merged range must span at least two cells"), file: context.path, sheet: name, cell: range.start)
        }
        for other in layout.merges where Self.overlap(other, range) {
            throw XLSXWriteError(.overlappingMerge(range, other), file: context.path, sheet: name, cell: range.start)
        }
        layout.merges.append(range)
    }

    /// Turns on the filter buttons for `range` (its first row holds the headers).
    public func autoFilter(_ range: CellRange) throws(XLSXWriteError) {
        try checkOpen()
        try checkRange(range)
        layout.autoFilter = range
    }

    // MARK: Links and notes

    /// Adds a hyperlink to the cell at `cell`. The cell's value (written with a row)
    /// is the text shown; `display` is recorded as the link's text too.
    public func addHyperlink(at cell: CellAddress, to target: HyperlinkTarget, display: String? = nil, tooltip: String? = nil) throws(XLSXWriteError) {
        try checkOpen()
        try checkCell(cell)
        if case .url(let url) = target, url.isEmpty || url.utf16.count > 2079 {
            throw XLSXWriteError(.invalidValue("a link address must have 1 to 2079 characters"), file: context.path, sheet: name, cell: cell)
        }
        layout.hyperlinks.append(SheetLayout.Hyperlink(cell: cell, target: target, display: display, tooltip: tooltip))
    }

    /// Adds a link from `cell` to `targetCell` on the sheet named `sheet` of this workbook.
    public func hyperlink(at cell: CellAddress, toSheet sheet: String, cell targetCell: CellAddress, display: String? = nil) throws(XLSXWriteError) {
        try addHyperlink(at: cell, to: .sheet(sheet, cell: targetCell), display: display)
    }

    /// Attaches a note (a comment; shown when the pointer rests on the cell, with a red
    /// corner mark) to `cell`. A second note on the same cell is added to the first on a new line.
    public func note(at cell: CellAddress, text: String, author: String = "PlanSheets") throws(XLSXWriteError) {
        try checkOpen()
        try checkCell(cell)
        if var existing = layout.notes[cell] {
            existing.text += "\n" + text
            try checkNoteLength(existing.text, cell)
            layout.notes[cell] = existing
        } else {
            try checkNoteLength(text, cell)
            layout.notes[cell] = SheetLayout.Note(text: text, author: author)
            layout.noteOrder.append(cell)
        }
    }

    // MARK: Printing, charts, activation

    /// How the sheet prints (orientation, paper, fit to width, repeated header rows…).
    public func setPageSetup(_ setup: PageSetup) throws(XLSXWriteError) {
        try checkOpen()
        if let width = setup.fitToWidth, !(0...32767).contains(width) {
            throw XLSXWriteError(.invalidValue("fit to width \(width) is not between 0 and 32767"), file: context.path, sheet: name)
        }
        if let height = setup.fitToHeight, !(0...32767).contains(height) {
            throw XLSXWriteError(.invalidValue("fit to height \(height) is not between 0 and 32767"), file: context.path, sheet: name)
        }
        if let scale = setup.scale, !(10...400).contains(scale) {
            throw XLSXWriteError(.invalidValue("print scale \(scale) is not between 10 and 400"), file: context.path, sheet: name)
        }
        if let rows = setup.repeatRows, rows.lowerBound < 0 || rows.upperBound > CellAddress.maxRow {
            throw XLSXWriteError(.cellOutOfRange, file: context.path, sheet: name)
        }
        layout.pageSetup = setup
    }

    /// Draws `chart` over the cells of `anchor` (the chart's top-left corner is the
    /// top-left of `anchor.start`, its bottom-right the bottom-right of `anchor.end`).
    public func addChart(_ chart: XLSXChart, at anchor: CellRange) throws(XLSXWriteError) {
        try checkOpen()
        try checkRange(anchor)
        if let problem = ChartPartRenderer.problem(in: chart) {
            throw XLSXWriteError(.invalidChart(problem), file: context.path, sheet: name)
        }
        layout.charts.append(SheetLayout.Chart(chart: chart, anchor: anchor))
    }

    /// Makes this the sheet that is shown when the workbook opens.
    public func activate() throws(XLSXWriteError) {
        try checkOpen()
        guard options.visibility == .visible else {
            throw XLSXWriteError(.invalidValue("a hidden sheet cannot be the active sheet"), file: context.path, sheet: name)
        }
        context.activeSheet = position
    }

    // MARK: Checks

    func checkOpen() throws(XLSXWriteError) {
        if context.isClosed { throw XLSXWriteError(.writerClosed, file: context.path, sheet: name) }
    }

    private func checkColumns(_ columns: ClosedRange<Int>) throws(XLSXWriteError) {
        guard columns.lowerBound >= 0 && columns.upperBound <= CellAddress.maxColumn else {
            throw XLSXWriteError(.cellOutOfRange, file: context.path, sheet: name)
        }
    }

    private func checkCell(_ cell: CellAddress) throws(XLSXWriteError) {
        guard cell.row >= 0 && cell.row <= CellAddress.maxRow && cell.column >= 0 && cell.column <= CellAddress.maxColumn else {
            throw XLSXWriteError(.cellOutOfRange, file: context.path, sheet: name)
        }
    }

    private func checkRange(_ range: CellRange) throws(XLSXWriteError) {
        try checkCell(range.start)
        try checkCell(range.end)
    }

    private func checkNoteLength(_ text: String, _ cell: CellAddress) throws(XLSXWriteError) {
        let length = text.utf16.count
        if length > XLSXFormatLimits.maxTextLength {
            throw XLSXWriteError(.noteTooLong(length: length), file: context.path, sheet: name, cell: cell)
        }
    }

    static func overlap(_ a: CellRange, _ b: CellRange) -> Bool {
        a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column
    }
}
