import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Building plans from several files: matches, new activities, conflicts, problems, and
/// what is told about it.
@Suite("Import: building plans")
struct ImportPlanTests {
    func scan(_ file: String) throws -> ScannedFile {
        try FileScanner().scan(path: Fixtures.path(file))
    }

    @Test("All sample partner sheets together give the approved plan, without conflicts")
    func allPartnersTogether() throws {
        let files = try [
            "samples/partners/politi-indsatsomraader-tkr.xlsx", "samples/partners/kommune-oversigt.xlsx",
            "samples/partners/aab-budget-english.xlsx", "samples/partners/fsb-budget-lang.csv",
            "samples/partners/sabkab-omraader.csv", "samples/partners/ssp-kriminalitetsmaal.csv",
        ].map(scan)
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: files)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.plan == Fixtures.plan)
        // Five files name the nine activities: 45 rows matched, none new.
        #expect(result.matches.count == 45)
        #expect(result.matches.allSatisfy { !$0.isNew && $0.confidence >= 0.95 })
        // Matches are told file by file, in the order the files were given.
        #expect(result.matches.first?.file == files[0].path)
    }

    @Test("Without a base plan: area-table names, overview short names, the frame from the overview")
    func newPlanFromAreaTablesAndOverview() throws {
        let files = try ["samples/partners/kommune-oversigt.xlsx", "samples/partners/politi-indsatsomraader-tkr.xlsx"].map(scan)
        let result = PlanImporter(options: ImportOptions(partnershipName: "Tingbjerg-Husum Partnerskab")).importPlan(from: files)
        #expect(!result.hasErrors, "\(result.problems)")
        let plan = result.plan
        #expect(plan.partnership.name == "Tingbjerg-Husum Partnerskab")
        #expect(plan.annualFrame == 2_000_000)
        #expect(plan.period == PlanPeriod(firstYear: 2013, lastYear: 2016))
        #expect(plan.focusAreas.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.activities.map(\.id) == Fixtures.plan.activities.map(\.id))
        #expect(plan.activities.map(\.name) == Fixtures.plan.activities.map(\.name))
        // Names the matcher can pair without the plan's aliases take the overview's short name.
        let byID = Dictionary(uniqueKeysWithValues: plan.activities.map { ($0.id, $0) })
        #expect(byID["1.3"]?.shortName == "Belysning på Volden")
        #expect(byID["3.2"]?.shortName == "Akutpulje")
        // The only unpaired row of area 3 in the overview has the same amounts as the only
        // unpaired activity of area 3 in the area tables: they are taken together, and told so.
        #expect(byID["3.3"]?.shortName == "Beboercentrum")
        let guess = try #require(result.matches.first { $0.name == "Beboercentrum" })
        #expect(guess.method == .lastInArea)
        #expect(guess.confidence == 0.5)
        for (imported, planned) in zip(plan.activities, Fixtures.plan.activities) {
            #expect(imported.funding == planned.funding)
        }
        #expect(plan.crimeTargets == Fixtures.plan.crimeTargets)
        #expect(try Plan(jsonData: plan.jsonData()) == plan)
    }

    @Test("A row the base plan does not know becomes a new activity with the next free id of its area")
    func newActivity() throws {
        var b = GridBuilder("Oversigt")
        b.row(1, ["Indsatsområde", "Aktivitet", "2013", "2014"])
        b.row(2, [3, "Akutpulje", 20_000, 20_000])
        b.row(3, [3, "Natteravne i Tingbjerg", 75_000, 75_000])
        b.row(4, [6, "Ukendt område", 1_000, nil])
        let scanned = try FileScanner().scan(SpreadsheetFile(path: "ny.xlsx", format: .xlsx, grids: [b.grid]))
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [scanned])
        let new = try #require(result.plan.activity(id: "3.5"))
        #expect(new.name == "Natteravne i Tingbjerg")
        #expect(new.funding == [2013: 75_000, 2014: 75_000])
        // It comes after the other activities of area 3.
        #expect(result.plan.activities.map(\.id) == ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1"])
        #expect(result.matches.map(\.isNew) == [false, true])
        #expect(result.matches[0].method == .exactName)
        // A row without a valid focus area that matches nothing cannot be taken.
        #expect(result.hasErrors)
        let problem = try #require(result.problems.first { $0.severity == .error })
        #expect(problem.location.cell == "A4")
        #expect(problem.message.en.contains("Ukendt område"))
        // The sheet has no column for 2015 and 2016: Akutpulje keeps the base plan's amounts, and it is said.
        #expect(result.plan.activity(id: "3.2")?.funding == Fixtures.plan.activity(id: "3.2")?.funding)
        #expect(result.problems.contains { $0.severity == .info && $0.message.en.hasPrefix("the table has no column for 2015, 2016") })
        // Activities no sheet mentions keep the base plan's funding and are listed.
        #expect(result.untouched == ["1.1", "1.2", "1.3", "2.1", "3.1", "3.3", "3.4", "4.1"])
        #expect(result.plan.activity(id: "1.1")?.funding == Fixtures.plan.activity(id: "1.1")?.funding)
    }

    @Test("Two tables that disagree on an activity's year: an error at the later cell naming the earlier one, never first wins")
    func conflict() throws {
        let files = try ["samples/submitted/oversigt-og-omraader-fejl.xlsx"].map(scan)
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: files)
        // The area tables come first: Belysning på Volden has 340.000 there, 350.000 in the overview.
        let errors = result.problems.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.location.sheet == "Oversigt")
        #expect(error.location.cell == "C7")
        #expect(error.message.da.contains("350.000") && error.message.da.contains("340.000"))
        #expect(error.message.en.contains("Område 1 › C6"))
        // An overview against an area table of the same file: validate reports it as the
        // budget rules' overview-area-mismatch, so the problem carries no reading rule.
        #expect(error.rule == nil)
        #expect(result.hasErrors)
    }

    @Test("A workbook renamed to .csv, or without an extension, is read as the workbook it is")
    func workbookByContent() throws {
        let folder = try TemporaryFolder()
        let original = try SpreadsheetFile.read(path: Fixtures.path("samples/partners/kommune-oversigt.xlsx"))
        for name in ["kommune-oversigt.csv", "kommune-oversigt"] {
            let renamed = folder.file("") + name
            try FileManager.default.copyItem(atPath: Fixtures.path("samples/partners/kommune-oversigt.xlsx"), toPath: renamed)
            let file = try SpreadsheetFile.read(path: renamed)
            #expect(file.format == .xlsx, "\(name)")
            #expect(file.grids == original.grids, "\(name)")
        }
        // A CSV file keeps being read as CSV, with or without its extension.
        let text = folder.file("oversigt")
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/partners/sabkab-omraader.csv"), toPath: text)
        #expect(try SpreadsheetFile.read(path: text).format == .csv)
    }

    @Test("Amounts that cannot be read are errors that name their cells")
    func unreadableAmounts() throws {
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [
            try scan("samples/submitted/aab-budget-fejl.xlsx")
        ])
        #expect(result.hasErrors)
        #expect(result.problems.filter { $0.severity == .error }.map(\.location.cell) == ["D6", "C10"])
    }

    @Test("A repeated row is skipped with a warning, not made a new activity")
    func repeatedRow() throws {
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [
            try scan("samples/submitted/oversigt-fejl.csv")
        ])
        #expect(result.plan.activities.count == Fixtures.plan.activities.count)
        #expect(result.problems.contains { $0.severity == .warning && $0.location.cell == "B11" })
        // Akutpulje stands under area 6 but is known by its name: it keeps the plan's area 3.
        #expect(result.plan.activity(id: "3.2")?.focusArea == 3)
        #expect(result.matches.contains { $0.activityID == "3.2" && $0.location.cell == "B9" })
    }

    @Test("Crime-target reductions are derived from the counts, preferring multiples of 5")
    func inferredReductions() {
        #expect(PlanImporter.inferredReduction(baseline: 154, count: 116) == 25)
        #expect(PlanImporter.inferredReduction(baseline: 20, count: 18) == 10)
        #expect(PlanImporter.inferredReduction(baseline: 100, count: 93) == 7)
        #expect(PlanImporter.inferredReduction(baseline: 10, count: 20) == nil)
    }

    @Test("The text summary fits 80 columns in both languages; the JSON summary has every file, table and match")
    func summary() throws {
        let files = try [
            "samples/partners/kommune-oversigt.xlsx", "samples/partners/sabkab-omraader.csv",
            "samples/partners/ssp-kriminalitetsmaal.csv", "samples/submitted/oversigt-fejl.csv",
        ].map(scan)
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: files)
        for language in Language.allCases {
            let text = ImportSummary(result).text(language: language)
            for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
            #expect(text.contains(files[0].path))
        }
        let danish = ImportSummary(result).text(language: .danish)
        #expect(danish.contains("Oversigt, ark “Oversigt 2013”"))
        // The unit, where it came from, and the cell that names it (the line may wrap there).
        #expect(danish.contains("enhed kr. (note"))
        #expect(danish.contains("A18), i alt-række"))
        #expect(danish.contains("Områdetabel for indsatsområde 2"))
        // Counts take the noun in the right number: "1 aktivitet", "3 aktiviteter".
        let english = ImportSummary(result).text(language: .english)
        for (text, singular, plural) in [(danish, "aktivitet", "aktiviteter"), (english, "activity", "activities")] {
            let counts = text.matches(of: /(\d+) (\w+)/).filter { [singular, plural].contains(String($0.output.2)) }
            #expect(counts.contains { $0.output.1 == "1" }, "a table of one activity is among the inputs")
            for count in counts {
                #expect(String(count.output.2) == (count.output.1 == "1" ? singular : plural), "\(count.output.0)")
            }
        }
        let json = try JSONSerialization.jsonObject(with: Data(ImportSummary(result).json().utf8)) as! [String: Any]
        let jsonFiles = json["files"] as! [[String: Any]]
        #expect(jsonFiles.count == 4)
        #expect((jsonFiles[1]["tables"] as! [Any]).count == 4)
        // Absent values keep their key, as null (a CSV table has no sheet).
        let csvTable = (jsonFiles[1]["tables"] as! [[String: Any]])[0]
        #expect(csvTable.keys.contains("sheet"))
        #expect(csvTable["sheet"] is NSNull)
        #expect((json["matches"] as! [Any]).count == result.matches.count)
        let first = (json["matches"] as! [[String: Any]])[0]
        #expect(first["activity"] as? String == "1.1")
        #expect(first["method"] as? String == "exact-name")
        #expect(first["cell"] as? String == "B6")
        #expect((json["summary"] as! [String: Any])["activities"] as? Int == 9)
    }
}
