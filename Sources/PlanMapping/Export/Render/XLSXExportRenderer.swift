import PlanModel
import Spreadsheet

/// Writes an ``ExportWorkbook`` as an XLSX file: styles per role, live formulas with
/// their cached values, column widths, frozen headings, A4 landscape printing fitted
/// to the page width with the headings repeated, filters, charts and document
/// properties. The file appears at the path only when complete.
enum XLSXExportRenderer {
    /// A mark on one cell of an exported sheet (the change workbook's): a fill, struck-through
    /// text and a note. A marked cell that a row leaves empty is written empty with the fill;
    /// marks on rows without cells are not written.
    struct CellMark: Hashable, Sendable {
        var fill: RGBColor?
        var strikethrough = false
        var note: String?
    }

    /// Writes `workbook`; `marks` (per sheet name, per cell) restyle and annotate cells, and
    /// `first` writes sheets of its own before the workbook's.
    static func write(
        _ workbook: ExportWorkbook, to path: String, marks: [String: [CellAddress: CellMark]] = [:],
        first: ((XLSXWriter) throws(XLSXWriteError) -> Void)? = nil
    ) throws(ExportError) {
        let properties = workbook.properties
        let options = XLSXWriterOptions(
            properties: DocumentProperties(
                title: properties.title, subject: properties.subject, creator: properties.author,
                keywords: properties.keywords, lastModifiedBy: properties.author, company: properties.author,
                created: properties.created))
        let writer: XLSXWriter
        do {
            writer = try XLSXWriter(path: path, options: options)
        } catch {
            throw wrap(error, path: path)
        }
        do {
            try first?(writer)
            for sheet in workbook.sheets { try add(sheet, to: writer, marks: marks[sheet.name] ?? [:]) }
            try writer.close()
        } catch {
            writer.discard()
            throw wrap(error, path: path)
        }
    }

    private static func add(
        _ sheet: ExportSheet, to writer: XLSXWriter, marks: [CellAddress: CellMark]
    ) throws(XLSXWriteError) {
        let out = try writer.addSheet(sheet.name)
        let width = sheet.columnCount
        var cells: [WriteCell] = []
        for (index, row) in sheet.rows.enumerated() where !row.cells.isEmpty {
            cells.removeAll(keepingCapacity: true)
            var taken = Set<Int>()
            for cell in row.cells {
                let style = marked(ExportStyleSheet.style(for: cell.role), marks[CellAddress(row: index, column: cell.column)])
                cells.append(WriteCell(column: cell.column, value: cell.value, formula: cell.formula, style: style))
                taken.insert(cell.column)
            }
            for (address, mark) in marks where address.row == index && !taken.contains(address.column) {
                cells.append(WriteCell(column: address.column, value: .empty, style: marked(.standard, mark)))
                taken.insert(address.column)
            }
            if let filler = ExportStyleSheet.fillerRole(for: row.kind) {
                for column in 0..<width where !taken.contains(column) {
                    cells.append(WriteCell(column: column, value: .empty, style: ExportStyleSheet.style(for: filler)))
                }
            }
            try out.appendRow(cells, at: index, height: wrappedHeight(of: row, widths: sheet.columnWidths))
        }
        for (address, mark) in marks.sorted(by: { $0.key < $1.key }) {
            if let note = mark.note { try out.note(at: address, text: note) }
        }
        for (column, columnWidth) in sheet.columnWidths.enumerated() {
            try out.setColumnWidth(columnWidth, for: column)
        }
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            try out.freeze(rows: sheet.frozenRows, columns: sheet.frozenColumns)
        }
        if let filter = sheet.autoFilter { try out.autoFilter(filter) }
        try out.setPageSetup(
            PageSetup(
                orientation: .landscape, paperSize: .a4, fitToWidth: 1, fitToHeight: nil,
                repeatRows: sheet.printTitleRows))
        for chart in sheet.charts {
            try out.addChart(xlsxChart(chart), at: chart.anchor)
        }
    }

    /// `style` with a mark's fill and strikethrough.
    private static func marked(_ style: CellStyle, _ mark: CellMark?) -> CellStyle {
        guard let mark else { return style }
        var style = style
        if let fill = mark.fill { style.fill = .solid(fill) }
        if mark.strikethrough {
            var font = style.font ?? CellFont()
            font.strikethrough = true
            style.font = font
        }
        return style
    }

    /// The height (points) a row needs so that its wrapped texts show whole, or `nil` when
    /// one line is enough. Spreadsheet programs do not grow a row for wrapped text written
    /// by another program until it is edited, so the exporter sets the height itself.
    static func wrappedHeight(of row: ExportRow, widths: [Double]) -> Double? {
        var lines = 1
        for cell in row.cells {
            guard case .string(let text) = cell.value, cell.column < widths.count,
                ExportStyleSheet.style(for: cell.role).alignment?.wrapText == true
            else { continue }
            // Characters per line: the column width less the cell's padding.
            // (A width unit is one digit; text in a proportional font fits a little more.)
            let perLine = max(1, Int((widths[cell.column] - ColumnWidthEstimator.padding) * 1.15))
            var cellLines = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                cellLines += max(1, (line.count + perLine - 1) / perLine)
            }
            lines = max(lines, cellLines)
        }
        // 409 points is the tallest row a spreadsheet program allows.
        return lines > 1 ? min(15 * Double(lines), 409) : nil
    }

    private static func xlsxChart(_ chart: ExportChart) -> XLSXChart {
        XLSXChart(
            chart.kind == .line ? .line : .clusteredColumn, title: chart.title,
            categories: chart.categories,
            series: chart.series.map { XLSXChart.Series(name: .reference($0.name), values: $0.values) },
            categoryAxisTitle: chart.categoryAxisTitle, valueAxisTitle: chart.valueAxisTitle,
            valueNumberFormat: CellStyle.NumberFormats.thousands, legend: .right)
    }

    static func wrap(_ error: XLSXWriteError, path: String) -> ExportError {
        ExportError(
            .writeFailed(LocalizedText(da: error.danishDescription, en: error.description)),
            file: path, sheet: error.sheet, cell: error.cell)
    }
}
