import Foundation
import Testing

@testable import Spreadsheet

#if canImport(Glibc)
    import Glibc
#endif

/// Writes are atomic even when the writer is killed: `plansheet convert` is run as a child
/// process on a large CSV file and sent SIGKILL while it writes, and the earlier file of
/// the same name must be byte for byte what it was.
///
/// What a killed writer leaves behind, and what happens to it, is pinned down here too:
/// only hidden temporary files next to the target, named `.<name>.tmp-<pid>-<random>`
/// (for XLSX also libzip's own `.<name>.tmp-<pid>-<random>.XXXXXX` while it writes the
/// archive). The next writes of the same target leave them alone while they are fresh (another
/// writer may still be at work); once they are an hour old and their process is gone, the next
/// successful write removes them (``StaleTemporaryFiles``). Sheet data spilled
/// to the temporary folder leaves nothing, because spill files are unlinked when created.
@Suite("Hostile conditions: a writer killed half-way")
struct HostileAtomicWriteTests {
    static let binary = URL(fileURLWithPath: CommandRunner.binary ?? TestEnvironment.path(".build/debug/plansheet"))

    /// A CSV file of `rows` budget lines (about 75 bytes each).
    static func writeLargeCSV(to path: String, rows: Int) throws {
        var text = "Aktivitet;Område;2013;2014;2015;Note\r\n"
        text.reserveCapacity(rows * 80)
        var generator = SeededGenerator(seed: 9)
        for row in 0..<rows {
            let a = Int.random(in: 0...10_000_000, using: &generator)
            let b = Int.random(in: 0...10_000_000, using: &generator)
            text += "Aktivitet \(row);Område \(row % 17);\(a);\(b);\(row % 1000),25;tekst med æøå \(row)\r\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Size of the file at `path`, or nil.
    static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    static func run(_ arguments: [String], temporaryFolder: String) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporaryFolder
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(
        "SIGKILL while `plansheet convert` writes leaves the earlier file byte for byte, and only hidden temporary files",
        arguments: ["ud.xlsx", "ud.csv"])
    func killedWhileWriting(target: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: HostileAtomicWriteTests.binary.path),
            "build plansheet first (swift build): \(HostileAtomicWriteTests.binary.path)")
        let folder = try TemporaryFolder()
        let spill = folder.file("spill")
        try FileManager.default.createDirectory(atPath: spill, withIntermediateDirectories: true)
        let input = folder.file("stor.csv")
        try HostileAtomicWriteTests.writeLargeCSV(to: input, rows: 200_000)
        let output = folder.file(target)
        let old = Array("the earlier file: it must survive\n".utf8)
        try Data(old).write(to: URL(fileURLWithPath: output))

        let process = try HostileAtomicWriteTests.run(["convert", input, output], temporaryFolder: spill)
        // Wait until the output is being written: for XLSX until libzip writes the archive
        // next to the target (it builds the sheets first), for CSV until a megabyte is out.
        let temporaryPrefix = "." + target + ".tmp-"
        var caught = false
        while process.isRunning {
            let names = (try? folder.contents()) ?? []
            let writing = names.filter { $0.hasPrefix(temporaryPrefix) }.contains { name in
                let size = HostileAtomicWriteTests.size(folder.file(name)) ?? 0
                return target.hasSuffix(".xlsx") ? name.dropFirst(temporaryPrefix.count).contains(".") && size > 0 : size > 1 << 20
            }
            if writing {
                kill(process.processIdentifier, SIGKILL)
                caught = true
                break
            }
            usleep(1_000)
        }
        process.waitUntilExit()
        try #require(caught, "the conversion ended (status \(process.terminationStatus)) before it could be killed while writing")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        // The earlier file is untouched; beside it only hidden temporary files.
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: output))) == old)
        let left = try folder.contents().filter { !["spill", "stor.csv", target].contains($0) }
        #expect(!left.isEmpty, "a killed writer cannot remove its temporary file")
        #expect(left.allSatisfy { $0.hasPrefix(temporaryPrefix) }, "\(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: spill).isEmpty)

        // The next write succeeds and replaces the file; the killed writer's leftovers stay (too fresh).
        let small = folder.file("lille.csv")
        try Data("Aktivitet;Beløb\r\nIndbrud;1490000\r\n".utf8).write(to: URL(fileURLWithPath: small))
        let again = try HostileAtomicWriteTests.run(["convert", small, output], temporaryFolder: spill)
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        if target.hasSuffix(".xlsx") {
            #expect(try XLSXWorkbook(path: output).readSheet(at: 0)["B2"] == .integer(1_490_000))
        } else {
            #expect(try CSVReader(path: output).readGrid()["A2"] == .string("Indbrud"))
        }
        #expect(try folder.contents().filter { $0.hasPrefix(temporaryPrefix) } == left.sorted())

        // An hour later (the files' times moved back) the next write removes them: their process is gone.
        for name in left {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -2 * 3600)], ofItemAtPath: folder.file(name))
        }
        let third = try HostileAtomicWriteTests.run(["convert", small, output], temporaryFolder: spill)
        third.waitUntilExit()
        #expect(third.terminationStatus == 0)
        #expect(try folder.contents().filter { $0.hasPrefix(temporaryPrefix) }.isEmpty)
    }
}
