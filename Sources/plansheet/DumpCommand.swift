import ArgumentParser
import BudgetRules
import Foundation
import Spreadsheet


/// `plansheet dump FILE`: a workbook's cached cell values (or a CSV file's fields) as canonical JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a workbook's cell values as JSON (the corpus oracle's format).",
        discussion: """
            Every sheet in workbook order with its name, state and kind; for worksheets, every cell \
            that holds a value: ["A1","s","text"], ["B1","n",42], ["C1","b",true], ["D1","e","#N/A"], \
            ["E1","d","2020-01-31T13:45:00",43861.57]. Formulas give their cached values.
            A .csv file gives one sheet of string cells and a "csv" object with the detected \
            encoding, delimiter, quote, header and line ending.

            Example: plansheet dump samples/partners/kommune-oversigt.xlsx > oversigt.json
            """)

    @Argument(help: "The .xlsx/.xlsm/.xltx/.xltm workbook or .csv file to dump.")
    var file: String

    func run() throws {
        if file.lowercased().hasSuffix(".csv") {
            do {
                print(try CSVDump.json(path: file))
            } catch {
                printError("plansheet dump: \(error.description)")
                throw ExitCode(2)
            }
            return
        }
        do {
            let workbook = try XLSXWorkbook(path: file)
            let output = FileHandle.standardOutput
            try WorkbookDump.write(workbook) { output.write(Data($0)) }
        } catch {
            printError("plansheet dump: \(error.description)")
            printError("plansheet dump: \(error.danishDescription)")
            throw ExitCode(2)
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.visible(line, keepingLineBreaks: true) + "\n").utf8))
}
