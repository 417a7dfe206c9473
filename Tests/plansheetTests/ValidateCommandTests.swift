import Foundation
import Testing

/// `plansheet validate`, end to end on the shipped samples: exit codes 0/1/2, text and
/// JSON reports, languages, annotated copies.
@Suite("plansheet validate")
struct ValidateCommandTests {
    let plan = "samples/tryghedsplan-2013.json"

    @Test("A clean partner sheet: exit 0")
    func clean() throws {
        let result = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--plan", plan])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Opsummering: 0 fejl"))
        // Standard error is not a terminal here: no progress.
        #expect(!result.error.contains("\u{1B}"))
    }

    @Test("Faulty sheets: exit 1, findings by file, sheet and cell; every line at most 80 columns")
    func faulty() throws {
        let result = try CommandRunner.run([
            "validate", "samples/submitted/oversigt-og-omraader-fejl.xlsx", "samples/submitted/oversigt-fejl.csv",
            "--plan", plan, "--lang", "en",
        ])
        #expect(result.status == 1)
        #expect(result.output.contains("File: samples/submitted/oversigt-og-omraader-fejl.xlsx"))
        #expect(result.output.contains("Sheet: Område 1"))
        #expect(result.output.contains("ERROR C7 area-total-mismatch"))
        #expect(result.output.contains("ERROR G3 year-out-of-period"))
        #expect(result.output.contains("Summary: 6 errors, 2 warnings, 2 info"))
        for line in result.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test("An unreadable file: exit 2, the message names it, the other files are still reported")
    func unreadable() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = folder + "/broken.xlsx"
        _ = FileManager.default.createFile(atPath: broken, contents: Data("PK\u{3}\u{4}garbage".utf8))
        let result = try CommandRunner.run(["validate", broken, "samples/submitted/kriminalitetsmaal-fejl.csv", "--plan", plan])
        #expect(result.status == 2)
        #expect(result.error.contains(broken))
        #expect(result.output.contains("kriminalitetsmaal-fejl.csv"))
        #expect(result.output.contains("crime-target-mismatch"))
        let missing = try CommandRunner.run(["validate", folder + "/nothing.csv"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("nothing.csv"))
    }

    @Test("--format json: every file, every finding with all keys, the summary")
    func json() throws {
        let result = try CommandRunner.run([
            "validate", "samples/submitted/kriminalitetsmaal-fejl.csv", "samples/partners/fsb-budget-lang.csv", "--plan", plan,
            "--format", "json",
        ])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["samples/submitted/kriminalitetsmaal-fejl.csv", "samples/partners/fsb-budget-lang.csv"])
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(Set(findings[0].keys) == ["rule", "severity", "file", "sheet", "cell", "activity", "expected", "found", "message"])
        #expect(findings[0]["cell"] as? String == "F4")
        #expect((json["summary"] as? [String: Int])?["errors"] == 3)
    }

    @Test("--frame changes the annual frame the remaining row is checked against")
    func frame() throws {
        let result = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--frame", "2.500.000"])
        #expect(result.status == 1)
        #expect(result.output.contains("remaining-mismatch"))
        let bad = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--frame", "lots"])
        #expect(bad.status != 0 && bad.status != 1)
        #expect(bad.error.contains("--frame"))
    }

    @Test("--annotate writes the annotated copy; several XLSX inputs are refused before anything is read")
    func annotate() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/kontrol.xlsx"
        let result = try CommandRunner.run([
            "validate", "samples/submitted/oversigt-og-omraader-fejl.xlsx", "samples/submitted/oversigt-fejl.csv", "--plan", plan,
            "--annotate", copy,
        ])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: copy))
        #expect(result.error.contains(copy))
        let refused = try CommandRunner.run([
            "validate", "samples/submitted/oversigt-og-omraader-fejl.xlsx", "samples/submitted/aab-budget-fejl.xlsx",
            "--annotate", folder + "/nej.xlsx",
        ])
        #expect(refused.status == 64)
        #expect(refused.error.contains("--annotate"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/nej.xlsx"))
    }

    @Test("--help shows a real example")
    func help() throws {
        let result = try CommandRunner.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("plansheet validate samples/submitted/oversigt-og-omraader-fejl.xlsx"))
        #expect(result.output.contains("Exit status"))
        for line in result.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}
