import Foundation
import PlanModel
import Testing

@testable import BudgetRules

@Suite("Report rendering")
struct ReportTests {
    /// Two files: the seed sheet with a wrong area total and a long activity name, and a clean plan file.
    static func report() throws -> Report {
        let plan = try Repository.samplePlan()
        var submission = Fixture.seedSubmission()
        submission.areaTables[0].total!.amounts[2013] = Fixture.amount(610_000, "Område 1", "C6")
        submission.overviewTables[0].rows.append(
            ActivityRow(
                area: 1, name: "Graffitifjernelse og \"vedligehold\" af facader i hele Tingbjerg-Husum og omegn\nnæste år",
                location: Fixture.loc("Oversigt", "B13"), amounts: [:]))
        let validator = Validator()
        return validator.validate(submission: submission, against: plan)
            .merging(Report(files: [Report.FileReport(path: "clean.csv", findings: [])]))
    }

    @Test("text in Danish: grouped by file and sheet, every line within 80 columns")
    func danishText() throws {
        let text = try Self.report().text(language: .danish)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines.first == "Fil: budget-2013.xlsx")
        #expect(lines.contains("  Ark: Område 1"))
        #expect(lines.contains("  Ark: Oversigt"))
        #expect(lines.contains("    FEJL C6 area-total-mismatch"))
        #expect(lines.contains("      Forventet: 600.000 · Fundet: 610.000"))
        #expect(lines.contains("Fil: clean.csv"))
        #expect(lines.contains("  Ingen fund."))
        #expect(lines.last(where: { !$0.isEmpty }) == "Opsummering: 1 fejl, 2 advarsler, 1 info")
        // Sheets appear once each, Område 1 before Oversigt.
        let sheets = lines.filter { $0.hasPrefix("  Ark: ") }
        #expect(sheets == ["  Ark: Område 1", "  Ark: Oversigt"])
        // The long message is wrapped, not cut: its words are all there.
        let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains("kunne ikke parres med en aktivitet i områdetabellerne eller i den godkendte plan."))
    }

    @Test("text in English, and a narrower width")
    func englishText() throws {
        let report = try Self.report()
        let text = report.text(language: .english)
        #expect(text.contains("    ERROR C6 area-total-mismatch\n"))
        #expect(text.contains("      “I alt” of focus area 1 for 2013 is DKK 610,000, but the activities add up\n      to DKK 600,000.\n"))
        // A line break inside a name does not break the layout.
        #expect(text.contains("omegn næste år"))
        #expect(text.contains("      Expected: 600.000 · Found: 610.000\n"))
        #expect(text.contains("    WARNING C6 amount-format · Dialog med beboerne\n"))
        #expect(text.hasSuffix("Summary: 1 error, 2 warnings, 1 info\n"))
        let narrow = report.text(language: .english, width: 40)
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test("text can list the matched pairs")
    func matchesInText() throws {
        let text = try Self.report().text(language: .english, showMatches: true)
        #expect(text.contains("  Matched activities:\n"))
        #expect(text.contains("→ plan 3.3 [alias, 95%]"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("JSON: files with paths and findings, every key present (null when not applicable), and a summary")
    func json() throws {
        let report = try Self.report()
        let text = report.json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["files", "summary"])
        #expect(root["summary"] as? [String: Int] == ["errors": 1, "warnings": 2, "info": 1, "unreadable": 0, "skipped": 0])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["budget-2013.xlsx", "clean.csv"])
        #expect((files[1]["findings"] as? [Any])?.isEmpty == true)
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        let keys: Set<String> = ["rule", "severity", "file", "sheet", "cell", "activity", "expected", "found", "message"]
        #expect(findings.allSatisfy { Set($0.keys) == keys })
        let first = findings[0]
        #expect(first["rule"] as? String == "area-total-mismatch")
        #expect(first["severity"] as? String == "error")
        #expect(first["file"] as? String == "budget-2013.xlsx")
        #expect(first["sheet"] as? String == "Område 1")
        #expect(first["cell"] as? String == "C6")
        #expect(first["activity"] is NSNull)
        #expect(first["expected"] as? String == "600.000")
        #expect(first["found"] as? String == "610.000")
        let message = try #require(first["message"] as? [String: String])
        #expect(message["da"] == "“I alt” i indsatsområde 1 for 2013 er 610.000 kr., men aktiviteterne summerer til 600.000 kr.")
        #expect(message["en"]?.hasPrefix("“I alt” of focus area 1") == true)
        // Quotes and line breaks in names survive the round trip.
        let unmatched = try #require(findings.first { $0["rule"] as? String == "activity-unmatched" })
        #expect((unmatched["activity"] as? String)?.contains("\"vedligehold\" af facader i hele Tingbjerg-Husum og omegn\nnæste år") == true)
        #expect(unmatched["expected"] is NSNull)
    }

    @Test("JSON of findings decodes back to the same findings")
    func findingCodable() throws {
        let report = try Self.report()
        let data = try JSONEncoder().encode(report.findings)
        #expect(try JSONDecoder().decode([Finding].self, from: data) == report.findings)
    }

    @Test("the wrapper cuts words longer than a line and keeps the rest intact")
    func wrapper() {
        let lines = TextWrapper(width: 10).wrap("ab abcdefghijklmnop cd", firstPrefix: "", prefix: "  ")
        #expect(lines == ["ab", "  abcdefgh", "  ijklmnop", "  cd"])
        #expect(lines.allSatisfy { $0.count <= 10 })
        #expect(TextWrapper(width: 80).wrap("", firstPrefix: "    ", prefix: "  ") == [""])
    }

    @Test("sheets order naturally and findings by row, then column")
    func ordering() {
        let loc = { (sheet: String?, cell: String?) in Loc(file: "f", sheet: sheet, cell: cell) }
        let message = LocalizedText(da: "x", en: "x")
        let findings = [
            Finding(rule: .amountInvalid, location: loc("Område 10", "A1"), message: message),
            Finding(rule: .amountInvalid, location: loc("Område 2", "B10"), message: message),
            Finding(rule: .amountInvalid, location: loc("Område 2", "C2"), message: message),
            Finding(rule: .focusAreaEmpty, location: loc(nil, nil), message: message),
            Finding(rule: .amountFormat, location: loc("Område 2", "AA2"), message: message),
        ]
        let sorted = Report.FileReport(path: "f", findings: findings).findings
        #expect(sorted.map(\.location.description) == ["f", "f › Område 2 › C2", "f › Område 2 › AA2", "f › Område 2 › B10", "f › Område 10 › A1"])
    }
}
