import PlanModel
import Spreadsheet

/// Writes export sheets as one CSV file in Danish Excel's dialect (`;`, UTF-8 with
/// byte-order mark, CR LF). Formula cells are written as their values; amounts as
/// plain whole numbers (`1490000`), so that they read back exactly. Several sheets
/// (the area tables) are stacked, one empty line between them. Every row of a sheet
/// has as many fields as the sheet is wide, as Excel writes it.
enum CSVExportRenderer {
    static let options = CSVWriteOptions.danishExcel

    /// The file's bytes.
    static func bytes(_ sheets: [ExportSheet]) -> [UInt8] {
        let encoder = CSVEncoder(options: options)
        var out = encoder.fileStart
        var first = true
        for row in rows(sheets) {
            if row.row.cells.isEmpty {
                out.append(contentsOf: options.lineEnding.bytes)
            } else {
                encoder.encode(row.row, into: &out, minimumFieldCount: row.width, isFirstLine: first)
            }
            first = false
        }
        return out
    }

    /// Writes the file atomically.
    static func write(_ sheets: [ExportSheet], to path: String) throws(ExportError) {
        do {
            let writer = try CSVWriter(path: path, options: options)
            for row in rows(sheets) where !row.row.cells.isEmpty {
                try writer.write(row.row, minimumFieldCount: row.width)
            }
            try writer.finish()
        } catch {
            throw ExportError(
                .writeFailed(LocalizedText(da: error.danishDescription, en: error.description)),
                file: path, cell: error.cell)
        }
    }

    /// Every row of every sheet at its line in the file, with its sheet's width.
    static func rows(_ sheets: [ExportSheet]) -> [(row: Row, width: Int)] {
        var out: [(row: Row, width: Int)] = []
        var offset = 0
        for (number, sheet) in sheets.enumerated() {
            if number > 0 {
                out.append((Row(index: offset, cells: []), 0))
                offset += 1
            }
            let width = sheet.columnCount
            for (index, row) in sheet.rows.enumerated() {
                let cells = row.cells.map { Cell(column: $0.column, value: $0.value) }
                out.append((Row(index: offset + index, cells: cells), width))
            }
            offset += sheet.rows.count
        }
        return out
    }
}
