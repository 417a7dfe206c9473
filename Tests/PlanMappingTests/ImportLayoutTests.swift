import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// The layouts real offices make, written to XLSX (with our writer) and CSV files built in
/// code: each imports to the exact figures of the plan and validates without errors, and
/// each faulty twin, with a fault planted at a known cell, gives its finding at that cell.
@Suite("Import: layouts real offices make")
struct ImportLayoutTests {
    /// A plan of three focus areas over 2030–2032 (years no code knows).
    static let plan = Plan(
        title: "Layoutplan",
        partnership: Partnership(name: "Testpartnerskab"),
        period: PlanPeriod(firstYear: 2030, lastYear: 2032),
        annualFrame: 1_000_000,
        focusAreas: [
            FocusArea(number: 1, title: "Tryghed"), FocusArea(number: 2, title: "Omdømme"),
            FocusArea(number: 3, title: "Civilsamfund"),
        ],
        activities: [
            Activity(
                id: "1.1", name: "Nattevandring i området", shortName: "Nattevandring", focusArea: 1,
                funding: [2030: 40_000, 2031: 25_000]),
            Activity(
                id: "1.2", name: "Skolebesøg om kriminalitet", shortName: "Skolebesøg", focusArea: 1,
                funding: [2030: 120_000, 2032: 60_000]),
            Activity(
                id: "2.1", name: "Nyhedsbrev til beboerne", shortName: "Nyhedsbrev", focusArea: 2,
                funding: [2030: 75_000, 2031: 75_000, 2032: 75_000]),
            Activity(
                id: "3.1", name: "Lektiecafé i beboerhuset", shortName: "Lektiecafé", focusArea: 3,
                funding: [2031: 30_000, 2032: 30_000]),
            Activity(
                id: "3.2", name: "Sommerfest for beboerne", shortName: "Sommerfest", focusArea: 3,
                funding: [2030: 15_000]),
        ])

    /// What reading one rendering gave.
    struct Outcome {
        var files: [ScannedFile]
        var unreadable: [InputError]
        var result: ImportResult
        var report: Report
        var path: String

        /// The validation's errors.
        var errors: [Finding] { report.findings.filter { $0.severity == .error } }
    }

    /// Writes `grids` to a file, imports it against `plan` with its funding taken away and
    /// validates it against `plan`.
    static func run(
        _ grids: [SheetGrid], xlsx: Bool, hidden: Set<String> = [], plan: Plan = plan, period: PlanPeriod?? = nil
    ) throws -> Outcome {
        let folder = try TemporaryFolder(prefix: "plansheet-layouts")
        let path = try LayoutFiles.write(grids, xlsx: xlsx, hidden: hidden, in: folder.path, name: "budget")
        let scanner = FileScanner(period: period ?? plan.period)
        let read = ReadingPipeline(scanner: scanner).read(paths: [path])
        let result = PlanImporter(options: ImportOptions(basePlan: LayoutFiles.unfunded(plan))).importPlan(from: read.files)
        let check = SubmissionValidator(plan: plan, scanner: scanner).check(paths: [path])
        return Outcome(files: read.files, unreadable: read.unreadable, result: result, report: check.report, path: path)
    }

    /// Expects the import to give back `plan`'s funding exactly, and no error anywhere.
    static func expectPlan(_ outcome: Outcome, _ plan: Plan = plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.unreadable.isEmpty, "\(outcome.unreadable)", sourceLocation: sourceLocation)
        let funding = Dictionary(uniqueKeysWithValues: outcome.result.plan.activities.map { ($0.id, $0.funding) })
        for activity in plan.activities {
            #expect(funding[activity.id] == activity.funding, "\(activity.id)", sourceLocation: sourceLocation)
        }
        #expect(outcome.result.plan.activities.count == plan.activities.count, sourceLocation: sourceLocation)
        #expect(!outcome.result.hasErrors, "\(outcome.result.problems.map(\.message.en))", sourceLocation: sourceLocation)
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.message.en))", sourceLocation: sourceLocation)
    }

    /// The figures not understood in the outcome's files.
    static func notUnderstood(_ outcome: Outcome) -> [CoverageEntry] {
        outcome.files.flatMap(\.coverage.notUnderstood)
    }

    /// Plants `value` at `cell` of the sheet `sheet` among `grids`.
    static func plant(_ value: CellValue, at cell: CellAddress, sheet: String, in grids: [SheetGrid]) -> [SheetGrid] {
        grids.map { grid in
            guard grid.name == sheet else { return grid }
            var builder = SheetBuilder(name: grid.name)
            builder.merged = grid.mergedRanges
            for row in grid.rows {
                for item in row.cells { builder.cells[item.address(inRow: row.index)] = item }
            }
            builder.set(cell.row, cell.column, value)
            return builder.grid
        }
    }

    static let formCases: [(LayoutRenderer.YearForm, Bool)] = LayoutRenderer.YearForm.allCases.flatMap { form in
        form == .date ? [(form, true)] : [(form, true), (form, false)]
    }

    @Test("Year labels in their common forms, in XLSX and CSV: every year read, the plan given back", arguments: formCases)
    func yearForms(form: LayoutRenderer.YearForm, xlsx: Bool) throws {
        let rendering = LayoutRenderer(plan: Self.plan, options: .init(yearForm: form, xlsx: xlsx)).render()
        let outcome = try Self.run(rendering.grids, xlsx: xlsx)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.yearHeadings.map(\.year) == [2030, 2031, 2032])
        #expect(table.yearHeadings.map(\.location.cell) == ["C3", "D3", "E3"])
        #expect(Self.notUnderstood(outcome).isEmpty)
    }

    @Test("“B30” with no plan and no four-digit year in the sheet: refused at the cell, in both languages")
    func twoDigitYearUnplaced() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Indsatsområde", "Aktivitet", "B30", "B31"])
        b.row(2, [1, "Nattevandring i området", 40_000, 25_000])
        let scanned = try FileScanner().scan(SpreadsheetFile(path: "b.xlsx", format: .xlsx, grids: [b.grid]))
        #expect(scanned.tables.isEmpty)
        let problem = try #require(scanned.layoutProblems.first)
        #expect(scanned.layoutProblems.map(\.location.cell) == ["C1", "D1"])
        #expect(problem.rule == .layoutUnclear)
        #expect(problem.message.da.contains("B30") && problem.message.da.contains("fire cifre"))
        #expect(problem.message.en.contains("B30") && problem.message.en.contains("four digits"))
        let unreadable = try #require(ReadingPipeline.problem(of: scanned))
        #expect(unreadable.reason.en.contains("C1"))
        // A four-digit year elsewhere in the sheet places it.
        b.row(4, ["Budget 2030–2031"])
        let placed = try FileScanner().scan(SpreadsheetFile(path: "b.xlsx", format: .xlsx, grids: [b.grid]))
        #expect(placed.tables.first?.table.columns.years.map(\.year) == [2030, 2031])
    }

    @Test("Budget beside actuals under merged years (XLSX) or years written once (CSV): only the budget counts", arguments: [true, false])
    func budgetBesideActuals(xlsx: Bool) throws {
        let options = LayoutRenderer.Options(actualsBeside: true, xlsx: xlsx)
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: xlsx)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.table.headerRows == 2...3)
        #expect(table.table.columns.years.map(\.column) == [2, 4, 6])
        #expect(table.table.features.contains(.twoRowHeader))
        // The actuals columns D, F, H are set aside with their reason, every figure of them.
        #expect(table.table.setAsideColumns.keys.sorted() == [3, 5, 7])
        let setAside = table.coverage.setAside.filter { $0.disposition == .setAside(.actualsColumn(heading: "2030 Forbrug")) }
        #expect(setAside.map(\.cell.address.a1) == ["D5", "D6", "D7", "D8", "D9"])
        #expect(Self.notUnderstood(outcome).isEmpty)
    }

    @Test("Section headings give the areas, subtotals are checked, the grand total may stand above")
    func headingsSubtotalsTotalAbove() throws {
        let options = LayoutRenderer.Options(areaColumn: false, subtotals: true, total: .above)
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: true)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.table.kind == .overview)
        #expect(table.rows.map(\.row.area) == [1, 1, 2, 3, 3])
        #expect(table.rows.map(\.row.name).contains("Indsatsområde 1") == false)
        #expect(table.subtotals.count == 3)
        #expect(table.subtotals.map { $0.rows.count } == [2, 1, 2])
        #expect(table.total?.location.cell == "A4")
        #expect(table.table.features.contains(.totalAbove))
        #expect(table.table.features.contains(.subtotals(3)))
        #expect(table.table.features.contains(.sectionHeadings(3)))
        #expect(Self.notUnderstood(outcome).isEmpty)

        // The faulty twin: area 3's subtotal for 2031 is 35.000 where its rows add up to 30.000.
        let subtotal = try #require(rendering.subtotalCells[3]?[2031])
        let faulty = Self.plant(.integer(35_000), at: subtotal.cell, sheet: subtotal.sheet, in: rendering.grids)
        let twin = try Self.run(faulty, xlsx: true)
        #expect(twin.errors.map(\.rule) == [.subtotalMismatch])
        #expect(twin.errors.first?.cell == subtotal.cell.a1)
        #expect(twin.errors.first?.expected == "30.000")
        #expect(twin.errors.first?.found == "35.000")
    }

    @Test("A subtotal closed by a bare “I alt” with activities right under it is a subtotal, not the end of the table")
    func bareSubtotals() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Indsatsområde", "Aktivitet", "2030", "2031"])
        b.row(2, [1, "Nattevandring i området", 40_000, 25_000])
        b.row(3, ["I alt", nil, 40_000, 25_000])
        b.row(4, [2, "Nyhedsbrev til beboerne", 75_000, 75_000])
        b.row(5, ["I alt", nil, 75_000, 75_000])
        b.row(7, ["Note: foreløbige tal"])
        let table = try #require(try FileScanner().scan(SpreadsheetFile(path: "x.xlsx", format: .xlsx, grids: [b.grid])).tables.first)
        #expect(table.rows.map(\.row.name) == ["Nattevandring i området", "Nyhedsbrev til beboerne"])
        #expect(table.table.lines.map(\.kind) == [.activity, .subtotal, .activity, .total])
        #expect(table.subtotals.first?.total.location.cell == "A3")
        #expect(table.total?.location.cell == "A5")
    }

    @Test("A turned table (years down the rows, activities across) reads the same and names cells as they stand", arguments: [true, false])
    func transposed(xlsx: Bool) throws {
        let options = LayoutRenderer.Options(shape: .transposed, thousands: true, xlsx: xlsx)
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: xlsx)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.table.isTransposed)
        #expect(table.table.features.first == .transposed)
        #expect(table.table.unit == .thousands)
        // Activity 1.1's 2030 amount stands in the sheet at the cell the renderer wrote.
        let cell = try #require(rendering.amountCells["1.1"]?[2030]?.first)
        #expect(table.rows.first { $0.row.name == "Nattevandring i området" }?.row.amounts[2030]?.location.cell == cell.cell.a1)
        #expect(Self.notUnderstood(outcome).isEmpty)

        // The faulty twin: the 2031 total is one thousand too high.
        let total = try #require(rendering.totalCells[2031])
        let faulty = Self.plant(.integer(131), at: total.cell, sheet: total.sheet, in: rendering.grids)
        let twin = try Self.run(faulty, xlsx: xlsx)
        #expect(twin.errors.map(\.rule) == [.overviewTotalMismatch])
        #expect(twin.errors.first?.cell == total.cell.a1)
    }

    @Test(
        "One sheet per year: merged per activity and year; a wrong amount in the second sheet is found there",
        arguments: [LayoutRenderer.YearForm.plain, .budgetPrefix, .bTwoDigit, .budgetSuffix])
    func sheetPerYear(form: LayoutRenderer.YearForm) throws {
        let options = LayoutRenderer.Options(shape: .sheetPerYear, yearForm: form, actualsBeside: true)
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: true)
        Self.expectPlan(outcome)
        let tables = try #require(outcome.files.first?.tables)
        #expect(tables.count == 3)
        #expect(tables.map { $0.yearHeadings.map(\.year) } == [[2030], [2031], [2032]])
        #expect(tables.allSatisfy { $0.table.features.contains { if case .yearFromSheet = $0 { true } else { false } } })
        #expect(Self.notUnderstood(outcome).isEmpty)

        // The faulty twin: the second sheet's total is wrong.
        let total = try #require(rendering.totalCells[2031])
        let faulty = Self.plant(.integer(999_000), at: total.cell, sheet: total.sheet, in: rendering.grids)
        let twin = try Self.run(faulty, xlsx: true)
        #expect(twin.errors.map(\.rule) == [.overviewTotalMismatch])
        #expect(twin.errors.first.map { ($0.sheet, $0.cell) } ?? (nil, nil) == (total.sheet, total.cell.a1))
    }

    @Test("A ledger: posting lines summed per activity and year, each line kept; an unreadable line is named at its cell", arguments: [true, false])
    func ledger(xlsx: Bool) throws {
        let options = LayoutRenderer.Options(shape: .ledger, shuffleSeed: 7, xlsx: xlsx)
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: xlsx)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.table.isLedger)
        #expect(table.table.kind == .long)
        let lines = rendering.amountCells.values.flatMap { $0.values }.map(\.count).reduce(0, +)
        #expect(table.table.features.contains(.ledger(lines: lines)))
        // Every line of 2.1 in 2031 is listed under its sum.
        let row = try #require(table.rows.first { $0.row.name == "Nyhedsbrev til beboerne" })
        let cells = try #require(rendering.amountCells["2.1"]?[2031]).map(\.cell.a1)
        #expect(row.postings[2031]?.map(\.location.cell) == cells)
        #expect(row.row.amounts[2031]?.value == 75_000)
        #expect(Self.notUnderstood(outcome).isEmpty)

        // The faulty twin: one posting line of 1.2 in 2030 reads "ca. 40.000".
        let line = try #require(rendering.amountCells["1.2"]?[2030]?.last)
        let faulty = Self.plant(.string("ca. 40.000"), at: line.cell, sheet: line.sheet, in: rendering.grids)
        let twin = try Self.run(faulty, xlsx: xlsx)
        #expect(twin.errors.map(\.rule) == [.amountInvalid])
        #expect(twin.errors.first?.cell == line.cell.a1)
        #expect(twin.result.problems.contains { $0.severity == .error && $0.location.cell == line.cell.a1 })
    }

    @Test("Columns in a shuffled order with responsible, remarks and a row-sum column, amounts in t.kr., zero as “-”")
    func extraColumnsShuffled() throws {
        let options = LayoutRenderer.Options(
            yearForm: .fiscal, thousands: true, extraColumns: true, shuffleSeed: 11, zeroAs: .string("-"))
        let rendering = LayoutRenderer(plan: Self.plan, options: options).render()
        let outcome = try Self.run(rendering.grids, xlsx: true)
        Self.expectPlan(outcome)
        let table = try #require(outcome.files.first?.tables.first)
        #expect(table.table.unit == .thousands)
        #expect(table.table.setAsideColumns.values.contains(.rowTotalColumn))
        #expect(Self.notUnderstood(outcome).isEmpty)
    }

    @Test(
        "The layout samples (samples/layouts/) each import to the 2013 plan and validate without error or warning",
        arguments: ["kommune-budget-og-forbrug.xlsx", "fsb-budget-pr-aar.xlsx", "okonomi-posteringer.csv", "sabkab-aar-i-raekker.csv"])
    func layoutSamples(file: String) throws {
        let path = Fixtures.path("samples/layouts/" + file)
        let scanner = FileScanner(period: Fixtures.plan.period)
        let read = ReadingPipeline(scanner: scanner).read(paths: [path])
        #expect(read.unreadable.isEmpty)
        let result = PlanImporter(options: ImportOptions(basePlan: LayoutFiles.unfunded(Fixtures.plan))).importPlan(from: read.files)
        // Information (a hidden draft not read) is no problem: the same as validate's findings below.
        #expect(result.problems.filter { $0.severity != .info }.isEmpty, "\(result.problems.map(\.message.en))")
        #expect(result.plan.activities.map(\.funding) == Fixtures.plan.activities.map(\.funding))
        let report = SubmissionValidator(plan: Fixtures.plan, scanner: scanner).check(paths: [path]).report
        #expect(report.findings.filter { $0.severity != .info }.isEmpty, "\(report.findings.map(\.message.en))")
        #expect(read.files.flatMap(\.coverage.notUnderstood).isEmpty)
    }

    @Test("SheetText.trim's byte check agrees with the scalar walk on texts full of white space of every kind")
    func trimFastPath() {
        let pieces = ["a", "Æ", "ø", "–", "”", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "\u{202F}", "\u{3000}", "\u{0085}", "1", "§", "é"]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var walked = ""
            var pending = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    pending = !walked.isEmpty
                    continue
                }
                if pending { walked += " " }
                pending = false
                walked.unicodeScalars.append(scalar)
            }
            #expect(SheetText.trim(text) == walked, "\(Array(text.unicodeScalars))")
            #expect(SheetText.isTrimmed(text) == (text == walked), "\(Array(text.unicodeScalars))")
        }
    }
}
