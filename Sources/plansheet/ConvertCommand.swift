import ArgumentParser
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet convert IN OUT`: XLSX ↔ CSV (and XLSX → XLSX, CSV → CSV), streaming row by row.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: HelpText.pick(
            da: "Konvertér mellem .xlsx og .csv, begge veje.",
            en: "Convert between .xlsx and .csv, in either direction."),
        usage: """
            plansheet convert <input> <output> [--sheet <sheet>]
                [--csv-format danish|rfc4180] [--text] [--constant-memory]
                [--lang da|en]
            """,
        discussion: HelpText.pick(
            da: """
                Formatet, der skrives, følger OUT's endelse (.xlsx eller .csv; OUT må ikke være \
                IN). Hvad IN er, afgøres af indholdet, ikke navnet. Fra en projektmappe \
                konverteres ét ark (det første, medmindre --sheet nævner et andet, ved navn eller \
                nummer fra 1); til .xlsx alle regneark, medmindre --sheet er givet, med \
                flettede celler, formler og talformater. Fra en CSV-fil findes dialekt og \
                tegnsæt; beløb skrives som tal efter filens notation (dansk 1.490.000,50 eller \
                engelsk 1,490,000.50) med tusindtalsformat, medmindre --text er givet, og felter, \
                der kan læses begge veje, nævnes. Rækkerne strømmes, så hukommelsen holdes flad. \
                OUT skrives til en midlertidig fil og flyttes på plads.

                Eksempler:
                  plansheet convert samples/partners/fsb-budget-lang.csv /tmp/fsb.xlsx
                  plansheet convert samples/partners/kommune-oversigt.xlsx /tmp/oversigt.csv --csv-format rfc4180
                  plansheet convert budget.xlsx ark2.csv --sheet "Område 2"
                """,
            en: """
                The output format follows OUT's extension (.xlsx or .csv; OUT may not be IN). \
                What IN is comes from its content, not its name. From a workbook, one sheet is \
                converted (the first unless --sheet names another, by name or by 1-based \
                number); to .xlsx, every worksheet unless --sheet is given, with merges, \
                formulas and number formats. From a CSV file, the dialect and encoding are \
                detected; amounts are written as numbers in the file's notation (Danish \
                1.490.000,50 or English 1,490,000.50) with a thousands format unless --text is \
                given, and fields that read two ways are listed. Rows are streamed, so memory \
                stays flat however large the file. OUT is written to a temporary file and \
                renamed into place.

                Examples:
                  plansheet convert samples/partners/fsb-budget-lang.csv /tmp/fsb.xlsx
                  plansheet convert samples/partners/kommune-oversigt.xlsx /tmp/oversigt.csv --csv-format rfc4180
                  plansheet convert budget.xlsx ark2.csv --sheet "Område 2"
                """))

    /// The CSV dialects `convert` writes.
    enum CSVFormat: String, ExpressibleByArgument, CaseIterable {
        case danish, rfc4180
        var options: CSVWriteOptions { self == .danish ? .danishExcel : .rfc4180 }
    }

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(da: "Filen, der læses (.xlsx, .xlsm, .xltx, .xltm eller .csv).", en: "The file to read (.xlsx, .xlsm, .xltx, .xltm or .csv).")))
    var input: String

    @Argument(help: ArgumentHelp(HelpText.pick(da: "Filen, der skrives (.xlsx eller .csv).", en: "The file to write (.xlsx or .csv).")))
    var output: String

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Det ark i en projektmappe, der konverteres: dets navn eller nummer fra 1.",
                en: "The sheet of a workbook to convert: its name or its 1-based number.")))
    var sheet: String?

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "CSV-dialekten, der skrives: danish (';', UTF-8 BOM, CRLF, decimalkomma) eller rfc4180 (',', CRLF).",
                en: "CSV output dialect: danish (';', UTF-8 BOM, CRLF, decimal comma) or rfc4180 (',', CRLF).")))
    var csvFormat: CSVFormat = .danish

    @Flag(
        help: ArgumentHelp(
            HelpText.pick(da: "Behold CSV-felter som tekst i stedet for at skrive beløb som tal.", en: "Keep CSV fields as text instead of typing numbers.")))
    var text = false

    @Flag(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Skriv projektmappen med tekst i cellerne (inline), så hukommelsen holdes flad for meget store ark.",
                en: "Write the workbook with inline strings, holding memory flat for very large sheets.")))
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
        // Fields are read as text and typed here, by the file's notation (CSVGroupedNumber).
        let reader = try CSVReader(path: input, options: CSVReadOptions())
        let name = sheetName(from: reader.name)
        let dialect = reader.dialect
        let settled = reader.detection.decimalSource != .fallback || dialect.delimiter == ";"
        var ambiguous: [String] = []
        try withRowSink(name: name, toCSV: toCSV) { sink in
            _ = try reader.forEachRow { row in
                guard !text, !(dialect.hasHeader && row.index == 0) else { return try sink(row) }
                var typed = row
                for (position, cell) in row.cells.enumerated() {
                    guard case .string(let field) = cell.value else { continue }
                    switch CSVGroupedNumber.read(field, decimal: dialect.decimalSeparator, isSettled: settled) {
                    case .number(let value, let format):
                        typed.cells[position] = Cell(column: cell.column, value: value, numberFormat: format)
                    case .ambiguous:
                        ambiguous.append("\(CellAddress(row: row.index, column: cell.column).a1) “\(field)”")
                    case .text:
                        break
                    }
                }
                try sink(typed)
            }
        }
        reportAmbiguous(ambiguous, decimal: dialect.decimalSeparator)
    }

    /// Lists the fields kept as text because they read as a number in one notation only.
    private func reportAmbiguous(_ fields: [String], decimal: CSVDecimalSeparator) {
        guard !fields.isEmpty else { return }
        let shown = fields.prefix(20).joined(separator: ", ") + (fields.count > 20 ? ", …" : "")
        let example = decimal == .comma ? ("1.500 = 1500", "1.500 = 1500") : ("1,500 = 1500", "1,500 = 1500")
        Terminal.error(
            LocalizedText(
                da:
                    "plansheet convert: \(fields.count) felt\(fields.count == 1 ? "" : "er") kan læses som tal på to måder (filens notation er ikke sikker; \(example.0) eller 1,5) og er beholdt som tekst: \(shown)",
                en:
                    "plansheet convert: \(fields.count) field\(fields.count == 1 ? "" : "s") can be read as a number two ways (the file's notation is not settled; \(example.1) or 1.5) and \(fields.count == 1 ? "was" : "were") kept as text: \(shown)"
            )[languageOptions.language])
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
