import Foundation
import Testing

/// `plansheet check-plan`, and the same check whenever a plan is loaded.
@Suite("plansheet check-plan")
struct CheckPlanCommandTests {
    @Test("The sample plan and a 2014 revision pass")
    func samples() throws {
        let sample = try CommandRunner.run(["check-plan", "samples/tryghedsplan-2013.json"])
        #expect(sample.status == 0, "\(sample.output)\(sample.error)")
        #expect(sample.output.contains("Opsummering: 0 fejl"))
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PlanFixture.write(try PlanFixture.revised2014(), to: folder + "/revision.json")
        let revised = try CommandRunner.run(["check-plan", folder + "/revision.json"])
        #expect(revised.status == 0, "\(revised.output)\(revised.error)")
    }

    @Test("A JSON syntax error: line and column, in the chosen language; exit 2")
    func syntax() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/plan.json"
        try Data("{\n  \"title\": \"Plan\",\n  \"annualFrame\": 2200000,,\n}\n".utf8).write(to: URL(fileURLWithPath: path))
        let danish = try CommandRunner.run(["check-plan", path])
        #expect(danish.status == 2)
        #expect(danish.error.contains("Planen er ikke gyldig JSON: linje 3, kolonne 26: “,”, hvor en nøgle i anførselstegn var ventet"), "\(danish.error)")
        let english = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--plan", path, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.error.contains("The plan is not valid JSON: line 3, column 26"), "\(english.error)")
    }

    @Test("Focus area 11, the year 2103, a negative amount and a duplicate id are findings; a plan with errors stops validate")
    func meaning() throws {
        var plan = try PlanFixture.sample()
        var activities = plan["activities"] as! [[String: Any]]
        activities[0]["focusArea"] = 11
        activities[1]["funding"] = ["2103": 180_000]
        activities[2]["funding"] = ["2013": -5_000]
        activities[3]["id"] = activities[4]["id"]
        plan["activities"] = activities
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/plan.json"
        try PlanFixture.write(plan, to: path)
        let result = try CommandRunner.run(["check-plan", path, "--format", "json"])
        #expect(result.status == 1, "\(result.output)\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["focus-area-invalid", "year-out-of-period", "amount-invalid", "duplicate-activity"]), "\(rules)")
        #expect(findings.allSatisfy { $0["file"] as? String == path })

        let loaded = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--plan", path])
        #expect(loaded.status == 2)
        #expect(loaded.error.contains("focus-area-invalid"))
        #expect(loaded.error.contains("har fejl"))
    }
}
