import ArgumentParser
import Foundation
import Spreadsheet


/// `plansheet dump FILE.xlsx`: the workbook's cached cell values as canonical JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a workbook's cell values as JSON (the corpus oracle's format).",
        discussion: """
            Every sheet in workbook order with its name, state and kind; for worksheets, every cell \
            that holds a value: ["A1","s","text"], ["B1","n",42], ["C1","b",true], ["D1","e","#N/A"], \
            ["E1","d","2020-01-31T13:45:00",43861.57]. Formulas give their cached values.
            """)

    @Argument(help: "The .xlsx/.xlsm/.xltx/.xltm workbook to dump.")
    var file: String

    func run() throws {
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
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
