import Foundation
import Testing

/// `plansheet overview` and `plansheet export`, run as a user runs them (the built binary).
@Suite("plansheet overview and export")
struct ExportCommandTests {
    static let root = URL(fileURLWithPath: CommandRunner.root)
    static let plan = root.appendingPathComponent("samples/tryghedsplan-2013.json").path

    static func folder() throws -> URL {
        URL(fileURLWithPath: CommandRunner.temporaryFolder())
    }

    @Test("overview writes the shipped sample's bytes; --created changes the recorded time")
    func overview() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("overview.xlsx")
        let result = try CommandRunner.run(["overview", Self.plan, "-o", out.path])
        #expect(result.status == 0, "\(result.error)")
        let shipped = try Data(contentsOf: Self.root.appendingPathComponent("samples/overview-2013.xlsx"))
        #expect(try Data(contentsOf: out) == shipped)

        let later = folder.appendingPathComponent("later.xlsx")
        #expect(try CommandRunner.run(["overview", Self.plan, "-o", later.path, "--created", "2013-08-15T10:00:00"]).status == 0)
        #expect(try Data(contentsOf: later) != shipped)
        #expect(try CommandRunner.run(["overview", Self.plan, "-o", later.path, "--created", "15-08-2013"]).status == 64)
    }

    @Test("export writes every layout as XLSX and as CSV", arguments: ["overview", "areas", "long", "crime"])
    func export(layout: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for ext in ["xlsx", "csv"] {
            let out = folder.appendingPathComponent("\(layout).\(ext)")
            let result = try CommandRunner.run(["export", Self.plan, "-o", out.path, "--layout", layout])
            #expect(result.status == 0, "\(result.error)")
            let bytes = try [UInt8](Data(contentsOf: out))
            #expect(Array(bytes.prefix(ext == "csv" ? 3 : 2)) == (ext == "csv" ? [0xEF, 0xBB, 0xBF] : [0x50, 0x4B]))
        }
    }

    @Test("wrong output types and layouts are usage errors; a missing or broken plan or an unwritable output exit with 2")
    func failures() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["overview", Self.plan, "-o", folder.appendingPathComponent("o.csv").path]).status == 64)
        #expect(try CommandRunner.run(["export", Self.plan, "-o", folder.appendingPathComponent("o.ods").path]).status == 64)
        #expect(try CommandRunner.run(["export", Self.plan, "-o", folder.appendingPathComponent("o.csv").path, "--layout", "wide"]).status == 64)

        let missing = try CommandRunner.run(["overview", folder.appendingPathComponent("none.json").path, "-o", folder.appendingPathComponent("o.xlsx").path])
        #expect(missing.status == 2)
        #expect(missing.error.contains("plansheet: kan ikke læse planen"))
        let english = try CommandRunner.run([
            "overview", folder.appendingPathComponent("none.json").path, "-o",
            folder.appendingPathComponent("o.xlsx").path, "--lang", "en",
        ])
        #expect(english.status == 2)
        #expect(english.error.contains("plansheet: cannot read the plan"))

        let broken = folder.appendingPathComponent("broken.json")
        var text = try String(contentsOfFile: Self.plan, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"2013\" : 40000", with: "\"2013\" : 40000.5")
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["export", broken.path, "-o", folder.appendingPathComponent("o.csv").path])
        #expect(result.status == 2)
        #expect(result.error.contains("activities[0].funding.2013"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o.csv").path))

        let unwritable = try CommandRunner.run(["export", Self.plan, "-o", folder.appendingPathComponent("no/dir/o.xlsx").path])
        #expect(unwritable.status == 2)
        #expect(unwritable.error.contains("plansheet: Kunne ikke skrive"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no/dir/o.xlsx").path))
    }
}
