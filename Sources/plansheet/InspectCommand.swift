import ArgumentParser
import Spreadsheet

/// `plansheet inspect`: a short description of each workbook or CSV file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe spreadsheets: sheets, their state and size.")

    @Argument(help: "Files or folders to inspect.")
    var paths: [String]

    func run() throws {
        print("inspect: not wired yet")
    }
}
