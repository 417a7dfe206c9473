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

    @Test("A file without tables: exit 2 naming --mapping; a finance-system extract reads by itself, and by id with its mapping file")
    func mapping() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/plan.json"
        let notes = folder + "/referat.csv"
        _ = FileManager.default.createFile(atPath: notes, contents: Data("Referat fra mødet\nIngen tal i dag\n".utf8))
        let none = try CommandRunner.run(["import", notes, "--plan", plan, "-o", output])
        #expect(none.status == 2)
        #expect(none.error.contains("--mapping"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let approved = FileManager.default.contents(atPath: CommandRunner.root + "/" + plan)
        // "Konto | Tekst | IO | B13 …": the names are taken from "Tekst", said in the report, and
        // matched by name; the abbreviated ones are uncertain matches, each a warning at its cell.
        let export = "samples/mappings/okonomisystem-udtraek.csv"
        let without = try CommandRunner.run(["import", export, "--plan", plan, "-o", output, "--lang", "en"])
        #expect(without.status == 0, "\(without.error)")
        let said = without.error.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("the activities' names are taken from the column “Tekst”"), "\(said)")
        #expect(said.contains("WARNING B6: “Kommunikationsmedarb.” was matched to activity 2.1"))
        #expect(FileManager.default.contents(atPath: output) == approved)
        try FileManager.default.removeItem(atPath: output)
        // The mapping file says the "Konto" column holds the plan's ids: no uncertain match.
        let with = try CommandRunner.run(["import", export, "--mapping", "samples/mappings/okonomisystem-udtraek.yaml", "--plan", plan, "-o", output])
        #expect(with.status == 0, "\(with.error)")
        #expect(!with.error.contains("ADVARSEL"), "\(with.error)")
        #expect(FileManager.default.contents(atPath: output) == approved)
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
