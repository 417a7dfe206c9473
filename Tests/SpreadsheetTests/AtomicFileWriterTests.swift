import Foundation
import Testing
@testable import Spreadsheet

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
    struct Stop: Error {}

    @Test("write creates the file through a temporary file in the same folder")
    func writes() throws {
        let folder = try TemporaryFolder()
        let target = folder.file("ud.txt")
        try AtomicFileWriter.write(to: target) { output in
            try output.write("æøå\n")
            try output.write([0x41, 0x42])
            try output.write(byte: 0x0A)
            #expect(output.byteCount == 10)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "æøå\nAB\n")
        #expect(try folder.contents() == ["ud.txt"])
    }

    @Test("the temporary file is next to the target and hidden")
    func temporaryPath() throws {
        let folder = try TemporaryFolder()
        let writer = try AtomicFileWriter(path: folder.file("plan.xlsx"))
        #expect(writer.temporaryPath.hasPrefix(folder.path + "/.plan.xlsx.tmp-"))
        #expect(FileManager.default.fileExists(atPath: writer.temporaryPath))
        writer.abandon()
        #expect(!FileManager.default.fileExists(atPath: writer.temporaryPath))
        #expect(try folder.contents().isEmpty)
    }

    @Test("when the body throws, the old file stays and the temporary file goes")
    func failure() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("plan.csv", Array("gammel".utf8))
        #expect(throws: Stop.self) {
            try AtomicFileWriter.write(to: target) { output in
                try output.write(String(repeating: "x", count: 200_000))
                throw Stop()
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "gammel")
        #expect(try folder.contents() == ["plan.csv"])
    }

    @Test("a writer dropped without commit removes its temporary file")
    func dropped() throws {
        let folder = try TemporaryFolder()
        do {
            let writer = try AtomicFileWriter(path: folder.file("a.csv"))
            try writer.write("halvt")
        }
        #expect(try folder.contents().isEmpty)
    }

    @Test("replace(using:) lets a library write to the temporary path, even by replacing the file")
    func replaceByPath() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("bog.xlsx", Array("gammel".utf8))
        try AtomicFileWriter.replace(target) { temporary in
            // Like libzip: write another file, then rename it onto the temporary path.
            let side = temporary + ".side"
            try Data("ny".utf8).write(to: URL(fileURLWithPath: side))
            #expect(rename(side, temporary) == 0)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "ny")
        #expect(try folder.contents() == ["bog.xlsx"])
        #expect(throws: Stop.self) {
            try AtomicFileWriter.replace(target) { _ in throw Stop() }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "ny")
        #expect(try folder.contents() == ["bog.xlsx"])
    }

    @Test("a folder that does not exist is an error in English and Danish")
    func missingFolder() {
        do {
            _ = try AtomicFileWriter(path: "/nonexistent/x/plan.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.operation == .create)
            #expect(error.code == ENOENT)
            #expect(error.description.contains("Could not create “/nonexistent/x/plan.csv”"))
            #expect(error.danishDescription.contains("Kunne ikke oprette"))
        }
    }
}
