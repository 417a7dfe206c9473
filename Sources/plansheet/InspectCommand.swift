import ArgumentParser
import BudgetRules
import Foundation
import Spreadsheet

/// `plansheet inspect`: a short description of each workbook or CSV file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe spreadsheets: sheets, their state and size.",
        discussion: """
            Folders are searched recursively for .xlsx, .xlsm, .xltx, .xltm and .csv files. \
            A file that cannot be read is reported and the others are still inspected; \
            the exit status is then 1.
            """)

    @Argument(help: "Files or folders to inspect.")
    var paths: [String]

    static let workbookExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm"]

    func run() throws {
        var failures = 0
        for file in InspectCommand.files(in: paths) {
            let ext = (file as NSString).pathExtension.lowercased()
            let (text, failed) = ext == "csv" ? InspectCommand.describeCSV(file) : InspectCommand.describeWorkbook(file)
            print(text)
            if failed { failures += 1 }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// A readable summary of the workbook at `file`, and whether anything in it could not be read.
    static func describeWorkbook(_ file: String) -> (String, Bool) {
        var lines = ["\(file)"]
        func errorLines(_ error: XLSXError, indent: String) {
            lines.append("\(indent)error: \(error.description)")
            lines.append("\(indent)fejl:  \(error.danishDescription)")
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
            var minRow = Int.max, maxRow = Int.min, minColumn = Int.max, maxColumn = Int.min
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
                lines.append(line + "  error: \(error)")
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
    static func describeCSV(_ file: String) -> (String, Bool) {
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
                lines.append("  warning: \(warning.description)")
                lines.append("  advarsel: \(warning.danishDescription)")
            }
            if summary.raggedRowCount > 0 {
                lines.append("  \(summary.raggedRowCount) ragged row\(summary.raggedRowCount == 1 ? "" : "s") (field count differs from \(summary.expectedFieldCount ?? 0))")
            }
            return (block(lines), false)
        } catch let error as CSVError {
            lines.append("  error: \(error.description)")
            return (block(lines), true)
        } catch {
            lines.append("  error: \(error)")
            return (block(lines), true)
        }
    }

    /// The lines as one text, each line's control characters shown as signs (sheet names,
    /// part names and messages come from the file).
    static func block(_ lines: [String]) -> String {
        lines.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n"
    }

    /// The files named by `paths`, folders searched recursively (sorted), in argument order.
    static func files(in paths: [String]) -> [String] {
        var out: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(path)  // a missing file is reported by the reader
                continue
            }
            var found: [String] = []
            if let enumerator = manager.enumerator(atPath: path) {
                for case let relative as String in enumerator {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if workbookExtensions.contains(ext) || ext == "csv" {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
            }
            out.append(contentsOf: found.sorted())
        }
        return out
    }
}
