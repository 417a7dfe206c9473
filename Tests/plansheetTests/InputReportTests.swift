import Foundation
import Testing

/// Every input is in the report: files that cannot be read say what they are and what to
/// do, count in the summary and appear in JSON; lock files are skipped with a note;
/// folders stand for the spreadsheets in them, in a stable order.
@Suite("plansheet: every input in the report")
struct InputReportTests {
    /// A folder with a good sheet and one file of each kind that cannot be read.
    static func mixedFolder() throws -> String {
        let folder = CommandRunner.temporaryFolder()
        let manager = FileManager.default
        try manager.copyItem(atPath: CommandRunner.root + "/samples/partners/kommune-oversigt.xlsx", toPath: folder + "/b-oversigt.xlsx")
        manager.createFile(atPath: folder + "/a-budget.csv", contents: Data("%PDF-1.4\n%âãÏÓ\n1 0 obj\n".utf8))
        manager.createFile(atPath: folder + "/c-tom.csv", contents: Data())
        manager.createFile(atPath: folder + "/d-scan.xlsx", contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        var ods = Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26))
        ods.append(Data("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8))
        manager.createFile(atPath: folder + "/e-regneark.ods", contents: ods)
        manager.createFile(
            atPath: folder + "/f-gammel.xls", contents: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)))
        manager.createFile(atPath: folder + "/~$b-oversigt.xlsx", contents: Data([7] + Array("jensen".utf8) + [UInt8](repeating: 32, count: 40)))
        manager.createFile(atPath: folder + "/noter.pdf", contents: Data("%PDF-1.4".utf8))
        try manager.createDirectory(atPath: folder + "/arkiv", withIntermediateDirectories: true)
        try manager.copyItem(atPath: CommandRunner.root + "/samples/partners/fsb-budget-lang.csv", toPath: folder + "/arkiv/fsb.csv")
        return folder
    }

    @Test("A folder: its spreadsheets in name order, each unreadable one with what it is and what to do; exit 2")
    func folderText() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["validate", folder])
        #expect(result.status == 2)
        let files = result.output.split(separator: "\n").filter { $0.hasPrefix("Fil: ") }.map { String($0.dropFirst(5)) }
        #expect(
            files
                == ["a-budget.csv", "b-oversigt.xlsx", "c-tom.csv", "d-scan.xlsx", "e-regneark.ods", "f-gammel.xls", "~$b-oversigt.xlsx"].map {
                    folder + "/" + $0
                })
        let text = result.output.flattened
        #expect(text.contains("KAN IKKE LÆSES: filen er et PDF-dokument, ikke et regneark; bed partneren om selve regnearket"))
        #expect(text.contains("KAN IKKE LÆSES: filen er tom"))
        #expect(text.contains("KAN IKKE LÆSES: filen er et billede"))
        #expect(text.contains("OpenDocument-regneark (.ods)"))
        #expect(text.contains("gammelt binært Excel-regneark (.xls)"))
        #expect(text.contains("SPRUNGET OVER: filen er en Office-låsefil"))
        #expect(text.contains("5 filer kunne ikke læses; 1 låsefil sprunget over"))
        #expect(!text.contains("--mapping"), "a PDF or an empty file is not told to write a mapping file")
        #expect(!result.output.contains("noter.pdf"), "a folder means its spreadsheets")
        #expect(!result.output.contains("fsb.csv"), "not recursive without --recursive")

        let recursive = try CommandRunner.run(["validate", folder, "--recursive"])
        #expect(recursive.output.contains("Fil: \(folder)/arkiv/fsb.csv"))
    }

    @Test("JSON: every input under files, an unreadable one with an error object; the summary counts them")
    func json() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["validate", folder, "--format", "json"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 7)
        let kinds = files.map { ($0["error"] as? [String: Any])?["kind"] as? String ?? "-" }
        #expect(kinds == ["pdf", "-", "empty", "image", "ods", "xls", "lock-file"])
        let pdf = try #require(files[0]["error"] as? [String: Any])
        let message = try #require(pdf["message"] as? [String: String])
        #expect(message["en"]?.contains("a PDF document") == true)
        #expect(pdf["skipped"] as? Bool == false)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["unreadable"] == 5)
        #expect(summary["skipped"] == 1)
    }

    @Test("A lock file beside a good submission does not fail the batch")
    func lockFileAlone() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: CommandRunner.root + "/samples/partners/kommune-oversigt.xlsx", toPath: folder + "/budget.xlsx")
        FileManager.default.createFile(atPath: folder + "/~$budget.xlsx", contents: Data(repeating: 0, count: 162))
        FileManager.default.createFile(atPath: folder + "/.~lock.budget.xlsx#", contents: Data("jensen,host,/home,05.12.2026 09:00,".utf8))
        let result = try CommandRunner.run(["validate", folder, "--plan", "samples/tryghedsplan-2013.json", "--lang", "en"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.flattened.contains("Summary: 0 errors, 0 warnings, 1 info; 2 lock files skipped"))
    }

    @Test("import reads a folder, names an unreadable file and exits 2")
    func importFolder() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["import", folder, "-o", folder + "/plan.json", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.error.contains("a-budget.csv: the file is a PDF document"))
        #expect(result.error.contains("skipped: \(folder)/~$b-oversigt.xlsx"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/plan.json"))
    }

    @Test("An empty template (tables, no amounts) is a submission-empty warning")
    func emptyTemplate() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = folder + "/skabelon.csv"
        let text = "Indsatsområde;Aktivitet;2014;2015;2016;2017\r\n1;;;;;\r\n2;;;;;\r\n;I alt;;;;\r\n;Resterende beløb pr. år;;;;\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        let result = try CommandRunner.run(["validate", csv, "--lang", "en"])
        #expect(result.output.contains("WARNING") && result.output.contains("submission-empty"), "\(result.output)")
        #expect(result.output.flattened.contains("is this an empty template"))
    }
}
