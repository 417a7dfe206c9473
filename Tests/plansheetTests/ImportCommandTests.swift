import Foundation
import Testing

/// `plansheet import`, end to end on the shipped samples.
@Suite("plansheet import")
struct ImportCommandTests {
    let plan = "samples/tryghedsplan-2013.json"

    @Test("Partner sheets with a base plan give the approved plan, byte for byte; what was found is told on standard error")
    func withBasePlan() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/plan.json"
        let result = try CommandRunner.run([
            "import", "samples/partners/politi-indsatsomraader-tkr.xlsx", "samples/partners/ssp-kriminalitetsmaal.csv",
            "--plan", plan, "-o", output,
        ])
        #expect(result.status == 0, "\(result.error)")
        let written = try #require(FileManager.default.contents(atPath: output))
        let approved = try #require(FileManager.default.contents(atPath: CommandRunner.root + "/" + plan))
        #expect(written == approved)
        #expect(result.error.contains("Områdetabel for indsatsområde 1, ark “Område 1”"))
        #expect(result.error.contains("enhed t.kr. (overskrift C3)"))
        #expect(result.error.contains("B4     1.1"))
        #expect(result.output.isEmpty)
        for line in result.error.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test("Without a base plan a new plan is made; --format json prints what was found")
    func newPlanJSON() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/ny.json"
        let result = try CommandRunner.run([
            "import", "samples/partners/fsb-budget-lang.csv", "-o", output, "--format", "json", "--name", "Testpartnerskab",
        ])
        #expect(result.status == 0, "\(result.error)")
        let data = try #require(FileManager.default.contents(atPath: output))
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((plan["activities"] as? [Any])?.count == 9)
        #expect((plan["partnership"] as? [String: Any])?["name"] as? String == "Testpartnerskab")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((summary["matches"] as? [[String: Any]])?.allSatisfy { $0["method"] as? String == "new" } == true)
    }

    @Test("Amounts that cannot be read: exit 1 and nothing written")
    func errors() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/plan.json"
        let result = try CommandRunner.run(["import", "samples/submitted/aab-budget-fejl.xlsx", "--plan", plan, "-o", output, "--lang", "en"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(result.error.contains("ERROR Budget › D6"))
        #expect(result.error.contains("not written"))
    }

    @Test("A file without tables: exit 2; with the mapping file the same file imports")
    func mapping() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/plan.json"
        let export = "samples/mappings/okonomisystem-udtraek.csv"
        let without = try CommandRunner.run(["import", export, "--plan", plan, "-o", output])
        #expect(without.status == 2)
        #expect(without.error.contains("--mapping"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let with = try CommandRunner.run(["import", export, "--mapping", "samples/mappings/okonomisystem-udtraek.yaml", "--plan", plan, "-o", output])
        #expect(with.status == 0, "\(with.error)")
        #expect(FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: CommandRunner.root + "/" + plan))
        let badMapping = folder + "/bad.yaml"
        _ = FileManager.default.createFile(atPath: badMapping, contents: Data("tables:\n  - kind: area\n".utf8))
        let bad = try CommandRunner.run(["import", export, "--mapping", badMapping, "-o", output])
        #expect(bad.status == 2)
        #expect(bad.error.contains("bad.yaml"))
    }

    @Test("--help shows a real example")
    func help() throws {
        let result = try CommandRunner.run(["import", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("plansheet import samples/partners/kommune-oversigt.xlsx"))
        for line in result.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}
