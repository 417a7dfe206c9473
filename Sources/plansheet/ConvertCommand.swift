import ArgumentParser
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet convert IN OUT`: XLSX ↔ CSV (and XLSX → XLSX, CSV → CSV), streaming row by row.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert between .xlsx and .csv, in either direction.",
        discussion: """
            The output format follows OUT's extension. From a workbook, one sheet is converted \
            (the first unless --sheet names another, by name or by 1-based number); to .xlsx, \
            every worksheet unless --sheet is given, with merges, formulas and number formats. \
            From a CSV file, the dialect and encoding are detected; numbers are typed (Danish decimal comma \
            understood) unless --text is given, and rows are streamed, so memory stays flat \
            however large the file. OUT is written to a temporary file and renamed into place.

            Examples:
              plansheet convert samples/partners/fsb-budget-lang.csv /tmp/fsb.xlsx
              plansheet convert samples/partners/kommune-oversigt.xlsx /tmp/oversigt.csv --csv-format rfc4180
              plansheet convert budget.xlsx ark2.csv --sheet "Område 2"
            """)

    /// The CSV dialects `convert` writes.
    enum CSVFormat: String, ExpressibleByArgument, CaseIterable {
        case danish, rfc4180
        var options: CSVWriteOptions { self == .danish ? .danishExcel : .rfc4180 }
    }

    @Argument(help: "The file to read (.xlsx, .xlsm, .xltx, .xltm or .csv).")
    var input: String

    @Argument(help: "The file to write (.xlsx or .csv).")
    var output: String

    @Option(help: "The sheet of a workbook to convert: its name or its 1-based number.")
    var sheet: String?

    @Option(help: "CSV output dialect: danish (';', UTF-8 BOM, CRLF, decimal comma) or rfc4180 (',', CRLF).")
    var csvFormat: CSVFormat = .danish

    @Flag(help: "Keep CSV fields as text instead of typing numbers.")
    var text = false

    @Flag(help: "Write the workbook with inline strings, holding memory flat for very large sheets.")
    var constantMemory = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        try OutputGuard.check(output, option: "OUT", inputs: [input], extensions: ["xlsx", "csv"], language: languageOptions.language)
    }

    func run() throws {
        let language = languageOptions.language
        let outputIsCSV = output.lowercased().hasSuffix(".csv")
        do {
            switch SpreadsheetFormat.detect(path: input) {
            case .text: try convertCSV(toCSV: outputIsCSV)
            case .workbook: try convertWorkbook(toCSV: outputIsCSV)
            case let other: throw InputError(file: input, format: other)
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("plansheet convert: " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
    }

    private func convertCSV(toCSV: Bool) throws {
        var options = CSVReadOptions()
        options.typeNumbers = !text
        let reader = try CSVReader(path: input, options: options)
        let name = sheetName(from: reader.name)
        try withRowSink(name: name, toCSV: toCSV) { sink in
            _ = try reader.forEachRow(sink)
        }
    }

    private func convertWorkbook(toCSV: Bool) throws {
        let workbook = try XLSXWorkbook(path: input)
        // A workbook's rows may be stored out of order; the grid puts them in order.
        if toCSV {
            let grid = try workbook.readSheet(at: try chosenSheet(of: workbook).index)
            try CSVWriter.write(grid, to: output, options: csvFormat.options)
            return
        }
        let chosen = sheet == nil ? workbook.sheets.filter { $0.kind == .worksheet } : [try chosenSheet(of: workbook)]
        var grids: [SheetGrid] = []
        for info in chosen { grids.append(try workbook.readSheet(at: info.index)) }
        try XLSXWriter.write(grids: grids, to: output, options: writerOptions)
    }

    private var writerOptions: XLSXWriterOptions {
        var options = XLSXWriterOptions()
        options.sharedStrings = !constantMemory
        return options
    }

    /// Opens the output, hands `body` a function that writes one row, and closes the output;
    /// on any error the output is abandoned and an earlier file at `output` stays as it was.
    private func withRowSink(name: String, toCSV: Bool, _ body: ((Row) throws -> Void) throws -> Void) throws {
        if toCSV {
            let writer = try CSVWriter(path: output, options: csvFormat.options)
            do {
                var nextIndex = 0
                try body { row in
                    // Keep row numbers: rows the source skips become blank lines.
                    while nextIndex < row.index {
                        try writer.write(fields: [])
                        nextIndex += 1
                    }
                    try writer.write(row)
                    nextIndex = row.index + 1
                }
                try writer.finish()
            } catch {
                writer.abandon()
                throw error
            }
        } else {
            let writer = try XLSXWriter(path: output, options: writerOptions)
            do {
                let sheet = try writer.addSheet(name)
                var cells: [WriteCell] = []
                try body { row in
                    cells.removeAll(keepingCapacity: true)
                    for cell in row.cells {
                        let style = cell.numberFormat.map { CellStyle(numberFormat: $0) }
                        cells.append(WriteCell(column: cell.column, value: cell.value, formula: cell.formula, style: style))
                    }
                    try sheet.appendRow(cells, at: max(row.index, 0))
                }
                try writer.close()
            } catch {
                writer.discard()
                throw error
            }
        }
    }

    private func chosenSheet(of workbook: XLSXWorkbook) throws -> SheetInfo {
        let worksheets = workbook.sheets.filter { $0.kind == .worksheet }
        guard let sheet else {
            guard let first = worksheets.first else {
                throw ValidationError(
                    LocalizedText(da: "\(input) har intet regneark.", en: "\(input) has no worksheet.")[languageOptions.language])
            }
            return first
        }
        if let named = workbook.sheet(named: sheet) { return named }
        if let number = Int(sheet), number >= 1, number <= workbook.sheets.count {
            return workbook.sheets[number - 1]
        }
        let names = workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw ValidationError(
            LocalizedText(
                da: "\(input) har intet ark \(sheet); dens ark er \(names).",
                en: "\(input) has no sheet \(sheet); its sheets are \(names).")[languageOptions.language])
    }

    /// A legal sheet name made from a CSV file's name (at most 31 characters, no []:*?/\).
    private func sheetName(from name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Ark1" : cleaned
    }
}
