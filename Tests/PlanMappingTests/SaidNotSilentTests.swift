import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Never silently wrong: what reading did not take as written, or assumed, is said at its
/// sheet or cell, in Danish and English, the same in import and validate.
@Suite("Reading says what it assumed: rows from 0, years outside the period, computed formulas")
struct SaidNotSilentTests {
    static let zeroBased = Fixtures.path("Tests/SpreadsheetTests/Fixtures/xlsx/zero-based-rows.xlsx")

    @Test("a sheet whose rows are numbered from 0 is read one row down, and import and validate say so at the sheet")
    func rowsNumberedFromZero() throws {
        let file = try SpreadsheetFile.read(path: Self.zeroBased)
        #expect(file.readNotes.map(\.kind) == [.rowsNumberedFromZero])
        let scanned = try FileScanner(period: Fixtures.plan.period).scan(file)
        // Still read: the header is row 1, the activities rows 2–4, the total row 5.
        let table = try #require(scanned.tables.first)
        #expect(table.rows.map(\.row.location.cell) == ["B2", "B3", "B4"])
        #expect(table.total?.amounts[2013]?.location.cell == "C5")

        let imported = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [scanned])
        let problem = try #require(imported.problems.first { $0.rule == .rowsNumberedFromZero })
        #expect(problem.severity == .info)
        #expect(problem.location == SourceLocation(file: Self.zeroBased, sheet: "Område 1"))
        #expect(problem.message.en.hasPrefix("Rows numbered from 0: read as if numbered from 1"))
        #expect(problem.message.da.hasPrefix("Rækkerne er nummereret fra 0: læst som om de var nummereret fra 1"))
        #expect(!imported.hasErrors)
        let summary = ImportSummary(imported)
        #expect(summary.text(language: .english).contains("INFO Område 1: Rows numbered from 0"))
        #expect(summary.json().contains("\"rule\" : \"rows-numbered-from-zero\""))

        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [Self.zeroBased])
        let findings = check.report.findings.filter { $0.rule == .rowsNumberedFromZero }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.sheet == "Område 1" && findings.first?.cell == nil)
        #expect(findings.first?.message == problem.message)
        let text = check.report.text(language: .danish, width: 200)
        #expect(text.contains("INFO rows-numbered-from-zero"), "\(text)")
        #expect(text.contains("Rækkerne er nummereret fra 0: læst som om de var nummereret fra 1"), "\(text)")
        #expect(check.report.json().contains("\"rule\" : \"rows-numbered-from-zero\""))
    }

    @Test("a sheet numbered from 1 gets no such finding")
    func rowsNumberedFromOne() throws {
        var b = GridBuilder("Område 1")
        b.row(1, ["Aktivitet", "2020", "2021"])
        b.row(2, ["Lang første", 20_000, 0])
        let scanned = try FileScanner().scan(SpreadsheetFile(path: "a.xlsx", format: .xlsx, grids: [b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: Fixtures.smallPlan())).importPlan(from: [scanned])
        #expect(!imported.problems.contains { $0.rule == .rowsNumberedFromZero })
    }

    /// An area table for area 1 of the small plan (2020–2021) with a column for 2022 too.
    func sheetWithYearAfterPeriod() -> SheetGrid {
        var b = GridBuilder("Område 1")
        b.row(1, ["Aktivitet", "2020", "2021", "2022"])
        b.row(2, ["Lang første", 20_000, 0, 5_000])
        b.row(3, ["Lang anden", 0, 30_000, 7_000])
        b.row(4, ["I alt", 20_000, 30_000, 12_000])
        return b.grid
    }

    @Test("figures for a year outside the plan period are set aside, naming the year and the period, and not taken")
    func yearsOutsidePeriodSetAside() throws {
        let plan = Fixtures.smallPlan()
        let file = SpreadsheetFile(path: "udenfor.xlsx", format: .xlsx, grids: [sheetWithYearAfterPeriod()])
        let scanned = try FileScanner(period: plan.period).scan(file)
        let coverage = scanned.coverage
        for a1 in ["D2", "D3", "D4"] {
            let entry = try #require(coverage[SheetCell(sheet: "Område 1", address: CellAddress(a1)!)], "\(a1)")
            #expect(entry.disposition == .setAside(.outsidePlanPeriod(year: 2022, period: plan.period)), "\(a1)")
        }
        // The years inside stay used.
        #expect(coverage[SheetCell(sheet: "Område 1", address: CellAddress("B2")!)]?.disposition == .used(.amount(year: 2020)))
        #expect(
            SetAsideReason.outsidePlanPeriod(year: 2022, period: plan.period).text
                == LocalizedText(da: "2022 ligger uden for planperioden 2020–2021", en: "2022 is outside the plan period 2020–2021"))

        // Import leaves them out of the plan and says so once.
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        // (The small plan's own 3.1 is funded in 2022; the sheet's 1.1 and 1.2 are not taken.)
        #expect(imported.plan.activities.filter { ["1.1", "1.2"].contains($0.id) }.allSatisfy { $0.funding[2022] == .zero })
        #expect(imported.plan.activities.first { $0.id == "1.1" }?.funding[2020] == 20_000)
        let told = imported.problems.filter { $0.message.en.contains("outside the plan period 2020–2021") }
        #expect(told.count == 1 && told.first?.severity == .warning && told.first?.location.cell == "D2")
        let summary = ImportSummary(imported)
        let text = summary.text(language: .english, width: 200)
        #expect(text.contains("Set aside: sheet “Område 1”, 3 figures (D2–D4): 2022 is outside the plan period 2020–2021"), "\(text)")
        #expect(summary.json().contains("\"kind\" : \"outside-plan-period\""))

        // Validate: the same in the reading block and the JSON coverage, and rule 2's finding.
        let check = SubmissionValidator(plan: plan).check([scanned])
        let reading = try #require(check.report.files.first?.reading)
        #expect(reading.setAside.contains { $0.en == "sheet “Område 1”, 3 figures (D2–D4): 2022 is outside the plan period 2020–2021" })
        let setAside = reading.figures.filter { $0.status == "set-aside" }
        #expect(setAside.count == 3 && setAside.allSatisfy { $0.kind == "outside-plan-period" && $0.year == 2022 })
        #expect(setAside.first?.why?.da == "2022 ligger uden for planperioden 2020–2021")
        #expect(!reading.figures.contains { $0.status == "used" && $0.year == 2022 })
        let json = check.report.json()
        #expect(json.contains("\"reason\" : \"outside-plan-period\""), "\(json)")
        #expect(check.report.findings.contains { $0.rule == .yearOutOfPeriod })
    }

    @Test("a year the table has no column for (a heading mistyped “2201”) keeps the base plan's amount, and import says so")
    func missingYearColumnKeepsBase() throws {
        let plan = Fixtures.smallPlan()
        var b = GridBuilder("Område 1")
        b.row(1, ["Aktivitet", "2020", "2201"])
        b.row(2, ["Lang første", 20_000, 0])
        b.row(3, ["Lang anden", 0, 30_000])
        let scanned = try FileScanner(period: plan.period).scan(SpreadsheetFile(path: "tastefejl.xlsx", format: .xlsx, grids: [b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        // Before, 1.2's 30.000 kr. for 2021 was dropped because the sheet's 2021 column was unreadable.
        let anden = try #require(imported.plan.activities.first { $0.id == "1.2" })
        #expect(anden.funding == [2021: 30_000])
        let kept = try #require(imported.problems.first { $0.message.en.contains("keeps the base plan's amounts") })
        #expect(kept.severity == .info)
        #expect(kept.location.cell == "A3")
        #expect(kept.message.en == "the table has no column for 2021; 1.2 “Lang anden” keeps the base plan's amounts (2021: DKK 30,000).")
        #expect(imported.problems.contains { $0.rule == .figureNotUnderstood })
        // A later table with a column for the year replaces the kept amount, a zero included.
        var c = GridBuilder("Område 1 (2021)")
        c.row(1, ["Aktivitet", "2021"])
        c.row(2, ["Lang anden", 0])
        let later = try FileScanner(period: plan.period).scan(SpreadsheetFile(path: "senere.xlsx", format: .xlsx, grids: [c.grid]))
        let both = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned, later])
        #expect(both.plan.activities.first { $0.id == "1.2" }?.funding[2021] == .zero)
    }

    @Test("formula-computed has one severity, warning, in import and in validate")
    func formulaComputedOneSeverity() throws {
        #expect(RuleID.formulaComputed.severity == .warning)
        var b = GridBuilder("Område 1")
        b.row(1, ["Aktivitet", "2020", "2021"])
        b.row(2, ["Lang første", 20_000, 0])
        b.row(3, ["Lang anden", 0, 30_000])
        b.row(4, ["I alt", 20_000, 30_000])
        var file = SpreadsheetFile(path: "script.xlsx", format: .xlsx, grids: [b.grid])
        file.formulaValues.filled = [SheetCell(sheet: "Område 1", address: CellAddress("B4")!)]
        let scanned = try FileScanner().scan(file)
        let imported = PlanImporter(options: ImportOptions(basePlan: Fixtures.smallPlan())).importPlan(from: [scanned])
        let problem = try #require(imported.problems.first { $0.rule == .formulaComputed })
        let check = SubmissionValidator(plan: Fixtures.smallPlan()).check([scanned])
        let finding = try #require(check.report.findings.first { $0.rule == .formulaComputed })
        #expect(problem.severity == .warning)
        #expect(finding.severity == .warning)
        #expect(ImportSummary(imported).text(language: .english).contains("WARNING Område 1 › B4: 1 formula without a saved value"))
    }

    @Test("a percentage never wraps between the number and its sign, in validate's and import's text")
    func percentageKeepsItsSign() throws {
        #expect(TextWrapper.words("med kun 78 % sikkerhed (62 %).") == ["med", "kun", "78\u{00A0}%", "sikkerhed", "(62\u{00A0}%)."])
        #expect(TextWrapper.words("a\u{00A0}b c") == ["a\u{00A0}b", "c"])
        let message = LocalizedText(
            da: "“Navn” er parret med aktivitet 1.2 “Lang anden” ved lighed med kun 78 % sikkerhed; kontrollér det.",
            en: "“Name” was matched to activity 1.2 “Lang anden” by similarity with only 78 % certainty; check it.")
        let report = Report(files: [
            Report.FileReport(
                path: "a.xlsx",
                findings: [Finding(rule: .matchUncertain, location: SourceLocation(file: "a.xlsx", sheet: "Ark", cell: "B3"), message: message)])
        ])
        let problem = ImportProblem(severity: .warning, location: SourceLocation(file: "a.xlsx", sheet: "Ark", cell: "B3"), message: message)
        let read = ScannedFile(file: SpreadsheetFile(path: "a.xlsx", format: .xlsx, grids: []), tables: [])
        let summary = ImportSummary(
            ImportResult(plan: Fixtures.smallPlan(), files: [read], matches: [], problems: [problem], untouched: []))
        for width in 40...100 {
            for language in Language.allCases {
                for text in [report.text(language: language, width: width), summary.text(language: language, width: width)] {
                    let lines = text.split(separator: "\n")
                    #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("%") }, "width \(width):\n\(text)")
                }
            }
        }
        #expect(report.text(language: .english, width: 200).contains("78\u{00A0}% certainty"))
    }
}
