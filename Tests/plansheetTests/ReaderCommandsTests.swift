import Foundation
import Testing

@testable import plansheet

/// `plansheet dump` and `plansheet inspect`, run as a user runs them.
@Suite("plansheet dump and inspect")
struct ReaderCommandsTests {
    static let corpus = URL(fileURLWithPath: CommandRunner.root + "/../shared/corpus").standardizedFileURL
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("xlsx").path) }

    /// Runs the built tool; (exit status, standard output).
    static func run(_ arguments: [String]) throws -> (Int32, Data) {
        let result = try CommandRunner.run(arguments)
        return (result.status, result.outputData)
    }

    @Test(
        "dump prints exactly the oracle's JSON for corpus workbooks",
        .enabled(if: corpusAvailable || TestEnvironment.isCI, "shared corpus not found at ../shared/corpus"),
        arguments: ["sheetjs__formula_stress_test.xlsx", "readxl__dates-leap-year-1900-xlsx.xlsx", "poi__sample.strict.xlsx"])
    func dumpMatchesOracle(name: String) throws {
        try #require(CommandRunner.binary != nil, "build plansheet first")
        let file = ReaderCommandsTests.corpus.appendingPathComponent("xlsx/\(name)")
        let (status, output) = try ReaderCommandsTests.run(["dump", file.path])
        #expect(status == 0)
        let oracle = try Data(contentsOf: URL(fileURLWithPath: file.path + ".json"))
        #expect(output == oracle)
    }

    @Test("dump of a file that is not a workbook exits with status 2")
    func dumpFailure() throws {
        try #require(CommandRunner.binary != nil, "build plansheet first")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cmd-\(UUID().uuidString).xlsx")
        try Data("plain text".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (status, output) = try ReaderCommandsTests.run(["dump", url.path])
        #expect(status == 2)
        #expect(output.isEmpty)
    }

    @Test("inspect lists sheets with state, kind and used range, and goes on after a bad file")
    func inspect() throws {
        try #require(CommandRunner.binary != nil, "build plansheet first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("a-broken.xlsx"))
        try Data("x;y\n1;2\n".utf8).write(to: folder.appendingPathComponent("sub/c.csv"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let found = InspectCommand.files(in: [folder.path])
        #expect(found.map { ($0 as NSString).lastPathComponent } == ["a-broken.xlsx", "c.csv"])
        let (status, output) = try ReaderCommandsTests.run(["inspect", folder.path, "--lang", "en"])
        let text = String(decoding: output, as: UTF8.self)
        #expect(status == 1)
        #expect(text.contains("not a zip archive"))
        #expect(text.contains("c.csv"))
    }

    @Test(
        "inspect describes a corpus workbook's sheets",
        .enabled(if: corpusAvailable || TestEnvironment.isCI, "shared corpus not found at ../shared/corpus"))
    func inspectCorpusWorkbook() throws {
        let file = ReaderCommandsTests.corpus.appendingPathComponent("xlsx/sheetjs__sheet_visibility.xlsx")
        let (text, failed) = InspectCommand.describeWorkbook(file.path)
        #expect(!failed)
        #expect(text.contains("3 sheets, date system 1900"))
        #expect(text.contains("2. \"Hidden\"  worksheet  hidden  used A1:F2  2 rows  12 cells"))
        #expect(text.contains("3. \"VeryHidden\"  worksheet  veryHidden"))
    }
}
