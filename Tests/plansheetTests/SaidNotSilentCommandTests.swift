import Foundation
import Spreadsheet
import Testing

/// Never silently wrong, as a user sees it: import and validate say the same thing at the
/// same severity about what reading assumed, and recalc speaks the language asked for.
@Suite("plansheet: what reading assumed is said, in the language asked for")
struct SaidNotSilentCommandTests {
    let plan = "samples/tryghedsplan-2013.json"
    let zeroBased = "Tests/SpreadsheetTests/Fixtures/xlsx/zero-based-rows.xlsx"

    @Test("a sheet whose rows are numbered from 0: import and validate read it and say so at the sheet, in both languages")
    func rowsNumberedFromZero() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let imported = try CommandRunner.run(["import", zeroBased, "--plan", plan, "-o", folder + "/plan.json"])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.error.contains("INFO Område 1: Rækkerne er nummereret fra 0: læst som om"), "\(imported.error)")
        let english = try CommandRunner.run(["import", zeroBased, "--plan", plan, "-o", folder + "/plan.json", "--lang", "en"])
        #expect(english.error.contains("INFO Område 1: Rows numbered from 0: read as if numbered"), "\(english.error)")

        let validated = try CommandRunner.run(["validate", zeroBased, "--plan", plan, "--lang", "en"])
        #expect(validated.status == 0, "\(validated.output)")
        #expect(validated.output.contains("INFO rows-numbered-from-zero"), "\(validated.output)")
        #expect(validated.output.contains("Rows numbered from 0: read as if numbered from 1"))
        let json = try CommandRunner.run(["validate", zeroBased, "--plan", plan, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let findings = try #require((object["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "rows-numbered-from-zero" })
        #expect(finding["severity"] as? String == "info")
        #expect(finding["sheet"] as? String == "Område 1")
        #expect(finding["cell"] is NSNull)
    }

    /// An area table whose total is a formula the file saved no value for (a script's workbook).
    func workbookWithUnsavedTotal(at path: String) throws {
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Område 1")
        try sheet.appendRow(
            ["Indsatsområde", "Aktivitet", "Finansiering 2013"].enumerated().map { WriteCell($0.offset, .string($0.element)) }, at: 0)
        try sheet.appendRow([WriteCell(0, .integer(1)), WriteCell(1, .string("Indbrudskampagne i Tingbjerg-Husum")), WriteCell(2, .integer(40_000))], at: 1)
        try sheet.appendRow([WriteCell(0, .integer(1)), WriteCell(1, .string("Belysning på Volden")), WriteCell(2, .integer(340_000))], at: 2)
        try sheet.appendRow([WriteCell(0, .string("I alt")), WriteCell(column: 2, value: .empty, formula: "SUM(C2:C3)")], at: 3)
        try writer.close()
    }

    @Test("formula-computed is a warning in import and in validate alike")
    func formulaComputedAgrees() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/script.xlsx"
        try workbookWithUnsavedTotal(at: input)
        let imported = try CommandRunner.run(["import", input, "--plan", plan, "-o", folder + "/plan.json", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(imported.output.utf8)) as? [String: Any])
        let problem = try #require((object["problems"] as? [[String: Any]])?.first { $0["rule"] as? String == "formula-computed" })
        let validated = try CommandRunner.run(["validate", input, "--plan", plan, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(validated.output.utf8)) as? [String: Any])
        let findings = try #require((report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "formula-computed" })
        #expect(problem["severity"] as? String == "warning")
        #expect(finding["severity"] as? String == "warning")
        let text = try CommandRunner.run(["validate", input, "--plan", plan, "--lang", "en"])
        #expect(text.output.contains("WARNING C4 formula-computed"), "\(text.output)")
    }

    @Test("--period goes before the plan's in which figures are read: the years after it are set aside, naming the period")
    func periodOptionSetsAside() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let imported = try CommandRunner.run([
            "import", "samples/partners/kommune-oversigt.xlsx", "--plan", plan, "--period", "2013-2014", "-o", folder + "/plan.json",
            "--format", "json", "--lang", "en",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(imported.output.utf8)) as? [String: Any])
        let coverage = try #require((object["files"] as? [[String: Any]])?.first?["coverage"] as? [String: Any])
        let aside = try #require(coverage["setAside"] as? [[String: Any]])
        #expect(aside.contains { $0["kind"] as? String == "outside-plan-period" && $0["year"] as? Int == 2015 })
        let why = aside.first { $0["kind"] as? String == "outside-plan-period" }?["why"] as? [String: String]
        #expect(why?["en"] == "2015 is outside the plan period 2013–2014" || why?["en"] == "2016 is outside the plan period 2013–2014")
        let used = try #require(coverage["used"] as? [[String: Any]])
        #expect(!used.contains { ($0["year"] as? Int ?? 0) > 2014 })
        #expect(imported.error.contains("WARNING Oversigt 2013 › E9: the figures for 2015 lie outside"), "\(imported.error)")
    }

    @Test("recalc's own messages follow --lang (Danish by default), as the other commands'")
    func recalcSpeaksBothLanguages() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/script.xlsx"
        try workbookWithUnsavedTotal(at: input)
        let danish = try CommandRunner.run(["recalc", input, "-o", folder + "/da.xlsx"])
        #expect(danish.status == 0, "\(danish.error)")
        #expect(danish.error.contains("plansheet recalc: 1 af 1 formel beregnet; skrevet til"), "\(danish.error)")
        let english = try CommandRunner.run(["recalc", input, "-o", folder + "/en.xlsx", "--lang", "en"])
        #expect(english.error.contains("plansheet recalc: 1 of 1 formula computed; written to"), "\(english.error)")

        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder + "/bad.xlsx"))
        let bad = try CommandRunner.run(["recalc", folder + "/bad.xlsx", "--check"])
        let badEnglish = try CommandRunner.run(["recalc", folder + "/bad.xlsx", "--check", "--lang", "en"])
        #expect(bad.status == 2 && badEnglish.status == 2)
        #expect(bad.error.hasPrefix("plansheet recalc: ") && badEnglish.error.hasPrefix("plansheet recalc: "))
        #expect(bad.error != badEnglish.error, "the reader's message in Danish and in English:\n\(bad.error)\n\(badEnglish.error)")

        let neither = try CommandRunner.run(["recalc", input])
        #expect(neither.status != 0)
        #expect(neither.error.contains("angiv enten -o OUT.xlsx eller --check"), "\(neither.error)")
        let same = try CommandRunner.run(["recalc", input, "-o", input, "--lang", "en"])
        #expect(same.status != 0)
        #expect(same.error.contains("is one of the input files"), "\(same.error)")

        let check = try CommandRunner.run(["recalc", input, "--check"])
        #expect(check.output.contains("1 formel: "), "\(check.output)")
    }
}
