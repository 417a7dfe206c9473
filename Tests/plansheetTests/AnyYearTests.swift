import Foundation
import Testing

/// No year, frame or period is special: they come from the plan, the options or the
/// sheet, and the report says what was assumed and from where.
@Suite("plansheet: any year's plan")
struct AnyYearTests {
    @Test("A 2014 revision (frame 2.200.000, 2014–2017): overview → validate without --plan gives no errors")
    func revisedPlanRoundTrip() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/revision.json"
        try PlanFixture.write(try PlanFixture.revised2014(), to: plan)
        let overview = try CommandRunner.run(["overview", plan, "-o", folder + "/overview.xlsx"])
        #expect(overview.status == 0, "\(overview.error)")
        let result = try CommandRunner.run(["validate", folder + "/overview.xlsx", "--lang", "en"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Summary: 0 errors"))
        #expect(result.output.contains("frame-assumed"))
        #expect(result.output.contains("INFO B2 frame-assumed"))
        #expect(result.output.contains("Found: 2.200.000"))
        #expect(result.output.flattened.contains("taken from the sheet's “Årlig ramme”"))
        #expect(result.output.contains("INFO C3 period-assumed"))
        #expect(result.output.contains("Found: 2014–2017"))
        // With the revised plan itself: nothing assumed, no errors.
        let withPlan = try CommandRunner.run(["validate", folder + "/overview.xlsx", "--plan", plan, "--lang", "en"])
        #expect(withPlan.status == 0, "\(withPlan.output)\(withPlan.error)")
        #expect(!withPlan.output.contains("assumed"))
    }

    @Test("Without a plan, the frame is total + remaining, and a year that disagrees is found")
    func frameFromTotalAndRemaining() throws {
        let result = try CommandRunner.run(["validate", "samples/submitted/oversigt-og-omraader-fejl.xlsx", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output.contains("INFO A15 frame-assumed"))
        #expect(result.output.contains("Found: 2.000.000"))
        #expect(result.output.flattened.contains("comes to it in 3 of 4 years"))
        #expect(result.output.contains("ERROR D15 remaining-mismatch"))
    }

    @Test("--frame and --period override the plan; a bad --period is refused")
    func overrides() throws {
        let plan = "samples/tryghedsplan-2013.json"
        let period = try CommandRunner.run([
            "validate", "samples/partners/kommune-oversigt.xlsx", "--plan", plan, "--period", "2014-2017", "--lang", "en",
        ])
        #expect(period.status == 1)
        #expect(period.output.contains("year-out-of-period"))
        #expect(period.output.contains("2014–2017"))
        let frame = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--plan", plan, "--frame", "2.500.000"])
        #expect(frame.status == 1)
        #expect(frame.output.contains("remaining-mismatch"))
        let bad = try CommandRunner.run(["validate", "samples/partners/kommune-oversigt.xlsx", "--period", "2017-2014"])
        #expect(bad.status != 0 && bad.status != 1 && bad.status != 2)
        #expect(bad.error.contains("--period"))
    }

    @Test("No frame anywhere: frame-unknown says overspending was not checked")
    func frameUnknown() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = folder + "/oversigt.csv"
        let text = "Indsatsområde;Aktivitet;2014;2015\r\n1;Indbrudskampagne;40.000;0\r\n2;Kommunikation;450.000;450.000\r\n;I alt;490.000;450.000\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        let result = try CommandRunner.run(["validate", csv, "--lang", "en", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let rules = (files[0]["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.contains("frame-unknown"), "\(result.output)")
        #expect(rules.contains("period-assumed"))
    }

    @Test("import without a plan: frame and period from --frame/--period, else what it assumed is a warning")
    func importAssumptions() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let assumed = try CommandRunner.run(["import", "samples/partners/fsb-budget-lang.csv", "-o", folder + "/a.json", "--lang", "en"])
        #expect(assumed.status == 0, "\(assumed.error)")
        #expect(assumed.error.flattened.contains("the plan's annual frame is set to the largest yearly total, DKK 1,490,000"))
        let given = try CommandRunner.run([
            "import", "samples/partners/fsb-budget-lang.csv", "-o", folder + "/b.json", "--frame", "2.200.000", "--period", "2013-2017",
        ])
        #expect(given.status == 0, "\(given.error)")
        #expect(!given.error.contains("ADVARSEL"))
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/b.json"))) as? [String: Any])
        #expect(plan["annualFrame"] as? Int == 2_200_000)
        #expect((plan["period"] as? [String: Int]) == ["firstYear": 2013, "lastYear": 2017])
    }

    @Test("No literal 2013, 2016 or 2.000.000 in the sources outside the sample plan's name")
    func noSpecialYear() throws {
        let sources = CommandRunner.root + "/Sources"
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources))
        var hits: [String] = []
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                let stripped = code.replacingOccurrences(of: "tryghedsplan-2013.json", with: "")
                    .replacingOccurrences(of: "overview-2013.xlsx", with: "")
                for literal in ["2013", "2016", "2_000_000", "2000000", "2.000.000"] where stripped.contains(literal) {
                    // Unicode scalars such as 0x2013 (en dash) are not years.
                    if literal == "2013", stripped.contains("0x2013") || stripped.contains("u{2013}") { continue }
                    hits.append("\(relative):\(number + 1): \(line)")
                }
            }
        }
        #expect(hits.isEmpty, "\(hits.joined(separator: "\n"))")
    }
}
