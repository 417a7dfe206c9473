import Foundation
import Spreadsheet
import Testing

/// What import and validate say they read: hidden sheets skipped unless asked, conflicts
/// between sheets, the unit's source cell, the coverage in JSON.
@Suite("plansheet import/validate: reading")
struct ReadingCommandTests {
    let plan = "samples/tryghedsplan-2013.json"

    /// An area table of focus area 1 on a visible sheet, and last spring's draft with other
    /// amounts on a hidden sheet.
    func workbookWithHiddenDraft(at path: String) throws {
        let writer = try XLSXWriter(path: path)
        func table(_ sheet: XLSXSheetWriter, amount: Int64) throws {
            try sheet.appendRow([WriteCell(0, .string("Alle beløb i kr."))], at: 0)
            try sheet.appendRow(
                ["Indsatsområde", "Aktivitet", "Finansiering 2013"].enumerated().map {
                    WriteCell($0.offset, .string($0.element))
                }, at: 1)
            try sheet.appendRow(
                [
                    WriteCell(0, .integer(1)), WriteCell(1, .string("Indbrudskampagne i Tingbjerg-Husum")),
                    WriteCell(2, .integer(amount)),
                ], at: 2)
        }
        try table(try writer.addSheet("Budget v1 (gl.)", options: XLSXSheetOptions(visibility: .hidden)), amount: 55_000)
        try table(try writer.addSheet("Budget"), amount: 40_000)
        try writer.close()
    }

    @Test("A hidden draft is skipped and said so (exit 0); with --include-hidden its other amount is an error naming both cells")
    func hiddenDraft() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/budget.xlsx"
        try workbookWithHiddenDraft(at: input)
        let skipped = try CommandRunner.run(["validate", input, "--plan", plan, "--lang", "en"])
        #expect(skipped.status == 0, "\(skipped.output)")
        #expect(skipped.output.contains("INFO hidden-sheet-skipped"))
        #expect(skipped.output.contains("Set aside: sheet “Budget v1 (gl.)”, 1 figure (C3): the sheet is hidden"))
        #expect(skipped.output.contains("kr. (title A1)"))
        let read = try CommandRunner.run(["validate", input, "--plan", plan, "--lang", "en", "--include-hidden"])
        #expect(read.status == 1)
        #expect(read.output.contains("ERROR C3 conflicting-figures"))
        #expect(read.output.contains("Budget v1 (gl.) › C3"))
        let imported = try CommandRunner.run(["import", input, "--plan", plan, "-o", folder + "/plan.json", "--include-hidden"])
        #expect(imported.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/plan.json"))
    }

    @Test("validate --format json carries each file's tables, matches and coverage with cells")
    func jsonCoverage() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/budget.xlsx"
        try workbookWithHiddenDraft(at: input)
        let result = try CommandRunner.run(["validate", input, "--plan", plan, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        let coverage = try #require(file["coverage"] as? [String: Any])
        let used = try #require(coverage["used"] as? [[String: Any]])
        #expect(used.count == 1)
        #expect(used.first?["sheet"] as? String == "Budget" && used.first?["cell"] as? String == "C3")
        let aside = try #require(coverage["setAside"] as? [[String: Any]])
        #expect(aside.first?["reason"] as? String == "hidden-sheet")
        #expect(aside.first?["sheet"] as? String == "Budget v1 (gl.)")
        #expect((coverage["notUnderstood"] as? [Any])?.isEmpty == true)
        let table = try #require((file["tables"] as? [[String: Any]])?.first)
        #expect(table["unitSource"] as? String == "title")
        #expect(table["unitCell"] as? String == "A1")
        let match = try #require((file["matches"] as? [[String: Any]])?.first)
        #expect(match["activity"] as? String == "1.1")
        #expect(match["nameIsKnown"] as? Bool == true)
    }
}
