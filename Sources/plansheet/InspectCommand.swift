import ArgumentParser
import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet inspect`: a short description of each workbook or CSV file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: HelpText.pick(
            da: "Beskriv regneark: ark, deres tilstand og størrelse.",
            en: "Describe spreadsheets: sheets, their state and size."),
        discussion: HelpText.pick(
            da: """
                Mapper gennemsøges rekursivt for regneark (.xlsx, .xlsm, .xltx, .xltm, .csv, \
                .tsv; .ods og .xls nævnes som ikke læst). Hvad en fil er, afgøres af \
                indholdet, ikke navnet. En fil, der ikke kan læses, nævnes, og de andre \
                beskrives stadig; afslutningsstatus er da 1.

                Eksempler:
                  plansheet inspect samples/partners/politi-indsatsomraader-tkr.xlsx
                  plansheet inspect samples/partners
                """,
            en: """
                Folders are searched recursively for spreadsheets (.xlsx, .xlsm, .xltx, .xltm, \
                .csv, .tsv; .ods and .xls are named as not read). What a file is comes \
                from its content, not its name. A file that cannot be read is reported and the \
                others are still inspected; the exit status is then 1.

                Examples:
                  plansheet inspect samples/partners/politi-indsatsomraader-tkr.xlsx
                  plansheet inspect samples/partners
                """))

    @Argument(help: ArgumentHelp(HelpText.pick(da: "Filer eller mapper, der beskrives.", en: "Files or folders to inspect.")))
    var paths: [String]

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language
        var failures = 0
        for file in Self.files(in: paths) {
            let (text, failed): (String, Bool)
            switch SpreadsheetFormat.detect(path: file) {
            case .text: (text, failed) = InspectCommand.describeCSV(file, language: language)
            case .workbook: (text, failed) = InspectCommand.describeWorkbook(file, language: language)
            case let other:
                let error = InputError(file: file, format: other)
                text = Self.block([file, "  \(Self.errorLabel(language)) \(error.reason[language])"])
                failed = !error.kind.isSkipped
            }
            print(text)
            if failed { failures += 1 }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// A readable summary of the workbook at `file`, and whether anything in it could not be read.
    static func describeWorkbook(_ file: String, language: Language = .english) -> (String, Bool) {
        var lines = ["\(file)"]
        func errorLines(_ error: XLSXError, indent: String) {
            lines.append("\(indent)\(errorLabel(language)) \(CommandSupport.message(error, language: language))")
        }
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: file)
        } catch {
            errorLines(error, indent: "  ")
            return (block(lines), true)
        }
        var failed = false
        let count = workbook.sheets.count
        lines.append(
            "  \(count) sheet\(count == 1 ? "" : "s"), date system \(workbook.dateSystem == .date1904 ? "1904" : "1900")"
                + (workbook.definedNames.isEmpty ? "" : ", \(workbook.definedNames.count) defined names"))
        for sheet in workbook.sheets {
            var line = "  \(sheet.index + 1). \"\(sheet.name)\"  \(sheet.kind)  \(sheet.state.rawValue)"
            if sheet.kind == .chartsheet {
                lines.append(line)
                continue
            }
            var rows = 0
            var cells = 0
            var minRow = Int.max
            var maxRow = Int.min
            var minColumn = Int.max
            var maxColumn = Int.min
            do {
                try workbook.forEachRow(inSheet: sheet.index) { row in
                    rows += 1
                    cells += row.cells.count
                    minRow = min(minRow, row.index)
                    maxRow = max(maxRow, row.index)
                    minColumn = min(minColumn, row.cells.first!.column)
                    maxColumn = max(maxColumn, row.cells.last!.column)
                }
            } catch let error as XLSXError {
                lines.append(line)
                errorLines(error, indent: "     ")
                failed = true
                continue
            } catch {
                lines.append(line + "  \(errorLabel(language)) \(CommandSupport.message(error, language: language))")
                failed = true
                continue
            }
            if rows == 0 {
                line += "  empty"
            } else {
                let used = CellRange(
                    start: CellAddress(row: minRow, column: minColumn), end: CellAddress(row: maxRow, column: maxColumn))
                line += "  used \(used.a1)  \(rows) row\(rows == 1 ? "" : "s")  \(cells) cell\(cells == 1 ? "" : "s")"
            }
            lines.append(line)
        }
        return (block(lines), failed)
    }

    /// A readable summary of the CSV file at `file`: the dialect detected, rows, fields and ragged rows.
    static func describeCSV(_ file: String, language: Language = .english) -> (String, Bool) {
        var lines = ["\(file)"]
        do {
            let reader = try CSVReader(path: file)
            var cells = 0
            var maxColumn = -1
            let summary = try reader.forEachRow { row in
                cells += row.cells.count
                if let last = row.cells.last { maxColumn = max(maxColumn, last.column) }
            }
            let dialect = summary.dialect
            let delimiter = dialect.delimiter == "\t" ? "tab" : "'\(dialect.delimiter)'"
            lines.append(
                "  CSV, \(dialect.encodingName), delimiter \(delimiter), "
                    + (dialect.hasHeader ? "header row" : "no header row") + ", "
                    + "\(summary.rowCount) row\(summary.rowCount == 1 ? "" : "s")  \(cells) field\(cells == 1 ? "" : "s")"
                    + (maxColumn >= 0 ? "  used A1:\(CellAddress(row: summary.rowCount - 1, column: maxColumn).a1)" : ""))
            for warning in reader.detection.warnings {
                lines.append("  \(language == .danish ? "advarsel:" : "warning:") \(warning.render(english: language == .english))")
            }
            if summary.raggedRowCount > 0 {
                lines.append(
                    "  \(summary.raggedRowCount) ragged row\(summary.raggedRowCount == 1 ? "" : "s") (field count differs from \(summary.expectedFieldCount ?? 0))"
                )
            }
            return (block(lines), false)
        } catch let error as CSVError {
            lines.append("  \(errorLabel(language)) \(CommandSupport.message(error, language: language))")
            return (block(lines), true)
        } catch {
            lines.append("  \(errorLabel(language)) \(CommandSupport.message(error, language: language))")
            return (block(lines), true)
        }
    }

    /// The lines as one text, each line's control characters shown as signs (sheet names,
    /// part names and messages come from the file).
    static func block(_ lines: [String]) -> String {
        lines.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n"
    }

    /// "error:" or "fejl:".
    static func errorLabel(_ language: Language) -> String { language == .danish ? "fejl:" : "error:" }

    /// The files named by `paths`, folders searched recursively (``InputFiles``).
    static func files(in paths: [String]) -> [String] {
        InputFiles.expand(paths, recursive: true)
    }
}
