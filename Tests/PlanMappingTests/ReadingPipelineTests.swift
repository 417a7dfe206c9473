import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// One reading pipeline for import and validate, and every figure accounted for: sheets
/// built here with planted faults at known cells.
@Suite("Reading pipeline: coverage, hidden sheets, conflicts, units, matches")
struct ReadingPipelineTests {
    let plan = Fixtures.smallPlan()

    func file(_ grids: [SheetGrid], format: SpreadsheetFile.Format = .xlsx, path: String = "test.xlsx", hidden: Set<String> = [])
        -> SpreadsheetFile
    {
        var file = SpreadsheetFile(path: path, format: format, grids: grids)
        if format == .xlsx { file.sheetStates = grids.map { hidden.contains($0.name) ? .hidden : .visible } }
        return file
    }

    func scan(_ file: SpreadsheetFile, includeHidden: Bool = false) throws -> ScannedFile {
        try FileScanner(includeHidden: includeHidden).scan(file)
    }

    func validate(_ files: [ScannedFile]) -> SubmissionCheck {
        SubmissionValidator(plan: plan).check(files)
    }

    func findings(_ check: SubmissionCheck, _ rule: RuleID) -> [Finding] {
        check.report.findings.filter { $0.rule == rule }
    }

    /// The numbers and amount texts of `grid` in `rows` and `columns`: what coverage must account for.
    func figures(in grid: SheetGrid, rows: ClosedRange<Int>, columns: ClosedRange<Int>) -> Set<SheetCell> {
        var out = Set<SheetCell>()
        for row in grid.rows where rows.contains(row.index) {
            for cell in row.cells where columns.contains(cell.column) {
                switch cell.value {
                case .integer, .number: out.insert(SheetCell(sheet: grid.name, row: row.index, column: cell.column))
                case .string(let text) where text.contains(where: \.isNumber):
                    out.insert(SheetCell(sheet: grid.name, row: row.index, column: cell.column))
                default: break
                }
            }
        }
        return out
    }

    /// An area table for area 1 with a remarks column, a row-sum column and a column whose
    /// heading is not understood.
    func areaSheet() -> SheetGrid {
        var b = GridBuilder("Område 1")
        b.row(1, ["Aktiviteter under indsatsområde 1"])
        b.row(2, ["Aktivitet", "2020", "2021", "I alt", "Kasse", "Bemærkninger"])
        b.row(3, ["Lang første", 20_000, 0, 20_000, 7, "Efter aftale"])
        b.row(4, ["Lang anden", 0, 30_000, 30_000, 8, 12])
        b.row(5, ["I alt", 20_000, 30_000, 50_000, nil, nil])
        return b.grid
    }

    @Test("Every figure of a table is used, set aside with a reason, or not understood — none unaccounted")
    func everyFigureAccountedFor() throws {
        let grid = areaSheet()
        let scanned = try scan(file([grid]))
        let table = try #require(scanned.tables.first)
        #expect(
            table.rows.map { $0.row.amounts.compactMapValues { $0.value?.value } } == [
                [2020: 20_000, 2021: 0], [2020: 0, 2021: 30_000],
            ])
        let coverage = scanned.coverage
        let expected = figures(in: grid, rows: 2...4, columns: 1...5)
        #expect(Set(coverage.entries.map(\.cell)) == expected)
        // Used: four amounts and two totals.
        #expect(Set(coverage.used.map(\.cell.address.a1)) == ["B3", "C3", "B4", "C4", "B5", "C5"])
        #expect(coverage[SheetCell(sheet: "Område 1", row: 4, column: 1)]?.disposition == .used(.total(year: 2020)))
        // Set aside: the row sums and the remark.
        #expect(coverage[SheetCell(sheet: "Område 1", row: 2, column: 3)]?.disposition == .setAside(.rowTotalColumn))
        #expect(coverage[SheetCell(sheet: "Område 1", row: 3, column: 5)]?.disposition == .setAside(.remarksColumn))
        // Not understood: the "Kasse" column, reported as one warning at its first cell.
        #expect(Set(coverage.notUnderstood.map(\.cell.address.a1)) == ["E3", "E4"])
        let check = validate([scanned])
        let warning = try #require(findings(check, .figureNotUnderstood).first)
        #expect(warning.cell == "E3")
        #expect(warning.sheet == "Område 1")
        #expect(warning.message.en.contains("E3:E4"))
        #expect(findings(check, .figureNotUnderstood).count == 1)
        // Import warns at the same cell.
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        #expect(imported.problems.contains { $0.rule == .figureNotUnderstood && $0.location.cell == "E3" })
    }

    @Test("A hidden sheet is skipped and said so; with --include-hidden its conflicting figures are an error at both cells")
    func hiddenSheets() throws {
        var old = GridBuilder("Budget v1 (gl.)")
        old.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        old.row(2, [1, "Lang første", 25_000, 0])
        var current = GridBuilder("Budget")
        current.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        current.row(2, [1, "Lang første", 20_000, 0])
        let workbook = file([old.grid, current.grid], hidden: ["Budget v1 (gl.)"])
        let scanned = try scan(workbook)
        #expect(scanned.skippedSheets == ["Budget v1 (gl.)"])
        #expect(scanned.tables.map(\.table.sheet) == ["Budget"])
        let skipped = scanned.coverage.setAside.filter { $0.disposition == .setAside(.hiddenSheet) }
        #expect(Set(skipped.map(\.cell.address.a1)) == ["C2", "D2"])
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        #expect(imported.plan.activities.first { $0.id == "1.1" }?.funding[2020] == 20_000)
        #expect(!imported.hasErrors, "\(imported.problems)")
        let check = validate([scanned])
        let info = try #require(findings(check, .hiddenSheetSkipped).first)
        #expect(info.sheet == "Budget v1 (gl.)")
        #expect(info.found == "2")
        #expect(check.report.files[0].reading?.setAside.first?.en.contains("hidden") == true)

        let both = try scan(workbook, includeHidden: true)
        #expect(both.skippedSheets.isEmpty)
        let conflict = findings(validate([both]), .conflictingFigures)
        #expect(conflict.count == 1)
        #expect(conflict.first?.sheet == "Budget" && conflict.first?.cell == "C2")
        #expect(conflict.first?.message.en.contains("Budget v1 (gl.) › C2") == true)
    }

    @Test("A file whose tables are all on hidden sheets is unreadable, with the reason and the option")
    func onlyHiddenTables() throws {
        var old = GridBuilder("Gammel")
        old.row(1, ["Indsatsområde", "Aktivitet", "2020"])
        old.row(2, [1, "Lang første", 25_000])
        let scanned = try scan(file([old.grid], hidden: ["Gammel"]))
        let problem = try #require(ReadingPipeline.problem(of: scanned))
        #expect(problem.reason.en.contains("--include-hidden"))
        #expect(ReadingPipeline.problem(of: try scan(file([old.grid], hidden: ["Gammel"]), includeHidden: true)) == nil)
    }

    @Test("The same activity twice in a table with different amounts: an error at both cells, never first wins")
    func repeatedActivity() throws {
        var b = GridBuilder("Oversigt")
        b.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        b.row(2, [1, "Lang første", 20_000, 0])
        b.row(3, [1, "Lang anden", 0, 30_000])
        b.row(4, [1, "Lang første", 22_000, 0])
        let scanned = try scan(file([b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        #expect(imported.hasErrors)
        let cells = imported.problems.filter { $0.rule == .conflictingFigures }.map { $0.location.cell }
        #expect(Set(cells.compactMap { $0 }) == ["C2", "C4"])
        let check = validate([scanned])
        #expect(Set(findings(check, .conflictingFigures).compactMap(\.cell)) == ["C2", "C4"])
        #expect(check.report.hasErrors)
    }

    @Test("Validate reads like import: an overview with ids and no area column is matched by id, not 'no focus area'")
    func validateIsImportThenRules() throws {
        var b = GridBuilder("Oversigt")
        b.row(1, ["Id", "Aktivitet", "2020", "2021"])
        b.row(2, ["1.1", "Første", 20_000, 0])
        b.row(3, ["1.2", "Anden aktivitet omdøbt", 0, 30_000])
        b.row(4, ["3.1", "Tredje", 10_000, 0])
        let scanned = try scan(file([b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        #expect(imported.matches.map(\.activityID) == ["1.1", "1.2", "3.1"])
        let check = validate([scanned])
        #expect(findings(check, .focusAreaInvalid).isEmpty, "\(check.report.findings)")
        let matches = try #require(check.report.files.first?.reading?.matches)
        #expect(matches.map(\.activityID) == ["1.1", "1.2", "3.1"])
        #expect(matches[1].method == "id")
        #expect(check.report.text(language: .english).contains("“Anden aktivitet omdøbt” (B3) → 1.2 “Lang anden” [id, 100\u{00A0}%]"))
    }

    @Test("A finance-system extract (Konto | Tekst | Budget years): names from “Tekst”, said in the report; areas from the matches")
    func namesFromTextColumnAndAreasFromSimilarity() throws {
        var b = GridBuilder("Udtræk")
        b.row(1, ["Budget fra økonomisystemet"])
        b.row(3, ["Konto", "Tekst", "Budget 2020", "Budget 2021", "Forbrug 2020"])
        b.row(4, [4410, "Lang foerste", 20_000, 0, 18_000])
        b.row(5, [4411, "Lang anden aktivitet", 0, 30_000, 0])
        b.row(6, [4412, "Lang tredje", 10_000, 0, 9_000])
        let scanned = try scan(file([b.grid]))
        let table = try #require(scanned.tables.first)
        #expect(table.rows.map(\.row.location.cell) == ["B4", "B5", "B6"])
        #expect(table.table.features.contains(.namesFromTextColumn("Tekst")))
        let check = validate([scanned])
        // "Lang foerste" and "Lang anden aktivitet" are matched by similarity: validate takes their
        // focus area from the plan activity import puts their figures in, as it does for an id.
        let matches = try #require(check.report.files.first?.reading?.matches)
        #expect(matches.map(\.activityID) == ["1.1", "1.2", "3.1"])
        #expect(findings(check, .focusAreaInvalid).isEmpty, "\(check.report.findings)")
        // The text report wraps its lines: compare with the spaces collapsed.
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let english = flat(check.report.text(language: .english))
        #expect(english.contains("the activities' names are taken from the column “Tekst”"), "\(english)")
        #expect(flat(check.report.text(language: .danish)).contains("aktiviteternes navne er taget fra kolonnen “Tekst”"))
    }

    @Test("A second column headed with the same year: set aside where it agrees, conflicting-figures at its cell where it does not")
    func secondColumnForAYear() throws {
        var b = GridBuilder("Område 1")
        b.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021", "2021"])
        b.row(2, [1, "Lang første", 20_000, 5_000, 5_000])
        b.row(3, [1, "Lang anden", 0, 0, 30_000])
        // An empty cell in the column read and 0 in the second one agree.
        b.row(4, [3, "Lang tredje", 10_000, nil, 0])
        let scanned = try scan(file([b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        #expect(imported.hasErrors)
        let conflicts = imported.problems.filter { $0.rule == .conflictingFigures }
        #expect(conflicts.map(\.location.cell) == ["E3"])
        #expect(conflicts.first?.message.en.contains("has “30000” here, but D3 (“Lang anden”), the one read, has “0”") == true, "\(conflicts)")
        #expect(conflicts.first?.message.da.contains("Tabeller side om side læses ikke hver for sig") == true)
        // Both figures of the second column are accounted for as set aside, with the reason.
        let setAside = scanned.coverage.entries.filter {
            if case .setAside(.anotherColumnForYear(year: 2021, heading: "2021", readColumn: 3)) = $0.disposition { return true }
            return false
        }
        #expect(Set(setAside.map(\.cell.address.a1)) == ["E2", "E3", "E4"])
        let check = validate([scanned])
        #expect(findings(check, .conflictingFigures).compactMap(\.cell) == ["E3"])
        #expect(check.report.hasErrors)
    }

    @Test("Bookkeeping text columns beside a column headed as the activity stay bookkeeping")
    func textColumnBesideActivity() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Tekst", "Aktivitet", "2020", "2021"])
        b.row(2, ["postering", "Lang første", 20_000, 0])
        let scanned = try scan(file([b.grid]))
        let table = try #require(scanned.tables.first)
        #expect(table.rows.map(\.row.location.cell) == ["B2"])
        #expect(!table.table.features.contains(.namesFromTextColumn("Tekst")))
    }

    @Test("A match below 80 % certainty is a warning at the row's name cell")
    func uncertainMatch() throws {
        var b = GridBuilder("Område 1")
        b.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        b.row(2, [1, "Lang første", 20_000, 0])
        b.row(3, [1, "Helt andet navn", 0, 30_000])
        let scanned = try scan(file([b.grid]))
        let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
        let match = try #require(imported.matches.first { $0.name == "Helt andet navn" })
        #expect(match.activityID == "1.2")
        #expect(match.confidence < 0.8)
        let warning = try #require(findings(validate([scanned]), .matchUncertain).first)
        #expect(warning.cell == "B3")
        #expect(warning.message.en.contains("1.2"))
    }

    @Test("“40,000” in a Danish CSV file: a warning at the cell with both readings and the one taken")
    func danishThousandsComma() throws {
        var b = GridBuilder("budget")
        b.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        b.row(2, ["1", "Lang første", "20.000", "0"])
        b.row(3, ["1", "Lang anden", "0", "40,000"])
        var csv = file([b.grid], format: .csv, path: "budget.csv")
        csv.notation = AmountNotation(locale: .danish, isSettled: true)
        let scanned = try scan(csv)
        let amount = try #require(scanned.tables.first?.rows[1].row.amounts[2021])
        #expect(amount.value == 40)
        let warning = try #require(validate([scanned]).report.findings.first { $0.rule == .amountFormat && $0.cell == "D3" })
        #expect(warning.sheet == nil)
        #expect(warning.message.da.contains("40 kr."))
        #expect(warning.message.da.contains("40.000 kr."))
    }

    @Test("One typo like “220.00” does not turn a Danish CSV's table English: the others keep their thousands, the typo is a warning at its cell")
    func oneOddTextKeepsTheFileNotation() throws {
        var b = GridBuilder("budget")
        b.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        b.row(2, ["1", "Lang første", "40.000", ""])
        b.row(3, ["1", "Lang anden", "220.00", "180.000"])
        b.row(4, ["3", "Lang tredje", "340.000", ""])
        var csv = file([b.grid], format: .csv, path: "budget.csv")
        csv.notation = AmountNotation(locale: .danish, isSettled: true)
        let scanned = try scan(csv)
        let rows = try #require(scanned.tables.first?.rows)
        #expect(rows[0].row.amounts[2020]?.value == 40_000)
        #expect(rows[1].row.amounts[2021]?.value == 180_000)
        #expect(rows[2].row.amounts[2020]?.value == 340_000)
        #expect(rows[1].row.amounts[2020]?.value == 220)
        let warning = try #require(validate([scanned]).report.findings.first { $0.rule == .amountFormat && $0.cell == "C3" })
        #expect(warning.message.en.contains("notation differs from the rest of the table"), "\(warning.message.en)")
        // Two texts showing the other notation are the table's own: an English table in the file.
        var english = GridBuilder("budget")
        english.row(1, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        english.row(2, ["1", "Lang første", "40,000.00", "0"])
        english.row(3, ["1", "Lang anden", "220,000.00", "1.5"])
        var both = file([english.grid], format: .csv, path: "english.csv")
        both.notation = AmountNotation(locale: .danish, isSettled: true)
        let read = try #require(try scan(both).tables.first?.rows)
        #expect(read[1].row.amounts[2020]?.value == 220_000)
    }

    @Test("A unit a thousand times off against the plan is a warning at the cell that names it")
    func implausibleUnit() throws {
        var b = GridBuilder("Område 1")
        b.row(1, ["Alle beløb i t.kr."])
        b.row(2, ["Indsatsområde", "Aktivitet", "2020", "2021"])
        b.row(3, [1, "Lang første", 20_000, 0])
        b.row(4, [1, "Lang anden", 0, 30_000])
        let scanned = try scan(file([b.grid]))
        #expect(scanned.tables.first?.table.unitSource == .title)
        #expect(scanned.tables.first?.table.unitCell == CellAddress("A1"))
        let warning = try #require(findings(validate([scanned]), .unitImplausible).first)
        #expect(warning.cell == "A1")
        #expect(warning.message.en.contains("t.kr."))
        #expect(warning.message.en.contains("2 of 2"))
    }

    @Test("Crime-target baselines under “Anmeldelser 2019”, “Udgangspunkt” and a bare year are read")
    func crimeBaselines() throws {
        for heading: Any in ["Anmeldelser 2019", "Udgangspunkt", 2019] {
            var b = GridBuilder("Mål")
            b.row(1, ["Gerningstype", heading, "2020", "2021"])
            b.row(2, ["Indbrud", 100, 90, 80])
            b.row(3, ["Tyveri", 50, 45, 35])
            let scanned = try scan(file([b.grid]))
            let table = try #require(scanned.tables.first, "\(heading)")
            #expect(table.crimeRows.map(\.baseline.value) == [100, 50], "\(heading)")
            #expect(table.crimeRows.first?.targets.map(\.year) == [2020, 2021], "\(heading)")
            let imported = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: [scanned])
            #expect(!imported.hasErrors, "\(heading): \(imported.problems)")
            #expect(imported.plan.crimeTargets.map(\.baseline) == [100, 50])
            #expect(scanned.coverage.notUnderstood.isEmpty, "\(heading)")
            #expect(scanned.coverage.used.count == 6)
        }
    }

    @Test("A crime-target table found but unreadable is an error, never “No findings”")
    func unreadableCrimeTable() throws {
        var b = GridBuilder("Mål")
        b.row(1, ["Gerningstype", "Basis", "2020 (-10 %)", "2021 (-20 %)"])
        b.row(2, ["Indbrud", "ukendt", 90, 80])
        let check = validate([try scan(file([b.grid]))])
        let error = try #require(findings(check, .crimeTableUnreadable).first)
        #expect(error.cell == "B2")
        #expect(check.report.hasErrors)
    }

    @Test("The JSON report carries the coverage per file with cells")
    func jsonCoverage() throws {
        let check = validate([try scan(file([areaSheet()]))])
        let json = check.report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let coverage = try #require(files.first?["coverage"] as? [String: Any])
        let used = try #require(coverage["used"] as? [[String: Any]])
        #expect(used.count == 6)
        #expect(used.contains { $0["cell"] as? String == "B5" && $0["as"] as? String == "total" && $0["year"] as? Int == 2020 })
        let aside = try #require(coverage["setAside"] as? [[String: Any]])
        #expect(Set(aside.compactMap { $0["reason"] as? String }) == ["row-total-column", "remarks-column"])
        let unknown = try #require(coverage["notUnderstood"] as? [[String: Any]])
        #expect(unknown.compactMap { $0["cell"] as? String } == ["E3", "E4"])
        let tables = try #require(files.first?["tables"] as? [[String: Any]])
        #expect(tables.first?["unitSource"] as? String == "assumed")
    }
}

/// The header reader uses the one unit vocabulary: what names a unit is passed over in a
/// label and gives the same unit as the amount parser's header lookup.
@Suite("Unit words in headers")
struct HeaderUnitWordsTests {
    @Test(
        "Every unit spelling that stands alone: the header's scale is the vocabulary's, and the label keeps its meaning",
        arguments: AmountUnitVocabulary.spellings.filter { $0.standsAlone && !$0.text.contains(where: \.isNumber) })
    func spelling(_ spelling: AmountUnitVocabulary.Spelling) {
        let header = "Beløb (\(spelling.text))"
        #expect(HeaderVocabulary.scale(in: header) == spelling.unit, "\(spelling.text)")
        #expect(LabelText(header).compact == "beløb", "\(spelling.text)")
        #expect(HeaderVocabulary.role(of: LabelText("Budget 2020 (\(spelling.text))")) == .year(2020), "\(spelling.text)")
    }
}
