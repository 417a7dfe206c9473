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

    @Test("a write removes what killed writers of the same target left, once an hour old, and nothing else")
    func staleTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        // No process can have this id (Linux's largest pid_max is 2^22).
        let gone = "4194305"
        let hoursAgo = Date(timeIntervalSinceNow: -2 * 3600)
        func leftover(_ name: String, modified: Date?) throws -> String {
            let path = try folder.write(name, Array("halvt".utf8))
            if let modified {
                try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
            }
            return name
        }
        let stale = try leftover(".plan.xlsx.tmp-\(gone)-00000000000000aa", modified: hoursAgo)
        let staleOfLibzip = try leftover(".plan.xlsx.tmp-\(gone)-00000000000000bb.Xa81Qz", modified: hoursAgo)
        let fresh = try leftover(".plan.xlsx.tmp-\(gone)-00000000000000cc", modified: nil)
        let alive = try leftover(".plan.xlsx.tmp-\(getpid())-00000000000000dd", modified: hoursAgo)
        let initProcess = try leftover(".plan.xlsx.tmp-1-00000000000000ee", modified: hoursAgo)
        let otherTarget = try leftover(".andet.xlsx.tmp-\(gone)-00000000000000ff", modified: hoursAgo)
        let noPid = try leftover(".plan.xlsx.tmp-abc-0000000000000011", modified: hoursAgo)

        try AtomicFileWriter.write(to: folder.file("plan.xlsx")) { try $0.write("ny") }

        let left = Set(try folder.contents())
        #expect(!left.contains(stale) && !left.contains(staleOfLibzip))
        #expect(left == ["plan.xlsx", fresh, alive, initProcess, otherTarget, noPid])
        #expect(StaleTemporaryFiles.processID(in: "123-abc") == 123)
        #expect(StaleTemporaryFiles.processID(in: "-abc") == nil)
        #expect(StaleTemporaryFiles.processID(in: "99999999999-abc") == nil)
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
