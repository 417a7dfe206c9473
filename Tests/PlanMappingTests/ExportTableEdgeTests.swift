import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// The table model on plans unlike the 2013 one: funding outside the period, explicit
/// zeros, unlisted focus areas, differing crime reductions, no activities at all.
@Suite("Export table model, edge cases")
struct ExportTableEdgeTests {
    let plan = Fixtures.smallPlan()

    @Test("a funded year outside the period gets its own column; nothing is dropped")
    func yearsOutsidePeriod() throws {
        let exporter = PlanExporter(plan: plan)
        #expect(exporter.years == [2020, 2021, 2022])
        let sheet = exporter.overviewSheet()
        #expect(
            sheet.texts(row: 2) == [
                "Indsatsområde", "Aktivitet", "Finansiering 2020", "Finansiering 2021",
                "Finansiering 2022", "Id",
            ])
        // Sorted by area, plan order within an area.
        #expect(sheet.rows[3...5].map(\.kind) == [.activity(id: "1.1"), .activity(id: "1.2"), .activity(id: "3.1")])
        #expect(sheet.integers(row: 3, columns: 2...4) == [20_000, 0, nil], "an explicit zero stays a zero, an absent year stays empty")
        #expect(sheet.integers(row: 5, columns: 2...4) == [10_000, nil, 5_000])
        #expect(sheet.integers(row: 6, columns: 2...4) == [30_000, 30_000, 5_000])
        #expect(sheet.integers(row: 7, columns: 2...4) == [70_000, 70_000, 95_000])
        let evaluated = try FormulaEvaluator(sheets: [sheet]).evaluate(sheet: "Oversigt")
        for (address, value) in evaluated { #expect(sheet.cell(at: address)?.value == .integer(value)) }
    }

    @Test("overspending shows as a negative remaining amount")
    func overspent() {
        var plan = plan
        plan.annualFrame = 25_000
        let sheet = PlanExporter(plan: plan).overviewSheet()
        #expect(sheet.integers(row: 7, columns: 2...4) == [-5_000, -5_000, 20_000])
    }

    @Test("an activity in an area the plan does not list still gets an area sheet and a chart row")
    func unlistedArea() {
        var plan = plan
        plan.activities.append(Activity(id: "7.1", name: "Ukendt", shortName: "Ukendt", focusArea: 7, funding: [2020: 1]))
        let exporter = PlanExporter(plan: plan)
        #expect(exporter.areaSheets().map(\.name) == ["Indsatsområde 1", "Indsatsområde 2", "Indsatsområde 3", "Indsatsområde 7"])
        let area7 = exporter.areaSheets()[3]
        #expect(area7.rowIndices(of: .subtitle).isEmpty, "no title for an unlisted area")
        #expect(area7.integers(row: area7.firstRow(of: .total)!, columns: 2...4) == [1, 0, 0])
        #expect(exporter.chartSheet().texts(row: 5).first == "Indsatsområde 7")
    }

    @Test("a listed area without activities has a note, its own remark, and I alt 0")
    func emptyListedArea() throws {
        let sheet = PlanExporter(plan: plan).areaSheets()[1]
        #expect(
            sheet.rowIndices(of: .note).map { sheet.texts(row: $0) } == [
                ["Planen har ingen aktiviteter under indsatsområde 2."], ["Aktiviteter følger."],
            ])
        let total = try #require(sheet.firstRow(of: .total))
        #expect(sheet.integers(row: total, columns: 2...4) == [0, 0, 0])
    }

    @Test("differing reductions get a Måltal and a Reduktion column; differing baseline years a Basisår column")
    func crimeReductionsDiffer() {
        var plan = plan
        var sheet = PlanExporter(plan: plan).crimeTargetSheet()
        #expect(sheet.texts(row: 1) == ["Gerningstype", "Basis 2019", "2020 (-10 %)", "Måltal 2021", "Reduktion 2021 (%)"])
        #expect(sheet.texts(row: 3) == ["Tyveri", "50", "45", "35", "30"])

        plan.crimeTargets[1].baselineYear = 2018
        plan.crimeTargets[1].targets.removeFirst()
        sheet = PlanExporter(plan: plan).crimeTargetSheet()
        #expect(sheet.texts(row: 1) == ["Gerningstype", "Basisår", "Basis", "2020 (-10 %)", "Måltal 2021", "Reduktion 2021 (%)"])
        #expect(sheet.cell(at: CellAddress(row: 3, column: 3)) == nil, "no target for 2020: left empty")
        #expect(sheet.texts(row: 3) == ["Tyveri", "2018", "50", "35", "30"])
    }

    @Test("a plan without activities or crime targets still gives every sheet, with plain zero totals")
    func emptyPlan() throws {
        var plan = plan
        plan.activities = []
        plan.crimeTargets = []
        let exporter = PlanExporter(plan: plan)
        let overview = exporter.overviewSheet()
        let total = try #require(overview.firstRow(of: .total))
        #expect(total == 3)
        #expect(overview.integers(row: total, columns: 2...3) == [0, 0])
        #expect(overview.formulas(row: total, columns: 2...3) == [nil, nil])
        #expect(overview.integers(row: total + 1, columns: 2...3) == [100_000, 100_000])
        #expect(overview.formulas(row: total + 1, columns: 2...3) == ["$B$2-C4", "$B$2-D4"])
        #expect(exporter.chartSheet().integers(row: 2, columns: 1...2) == [0, 0])
        #expect(exporter.crimeTargetSheet().rowIndices(of: .note).count == 1)
        #expect(exporter.longSheet().rows.count == 1)
        #expect(exporter.overviewWorkbook().sheets.count == 7)
    }

    @Test("the long table has one row per activity and year, empty where not funded")
    func longTable() {
        let sheet = PlanExporter(plan: plan).longSheet()
        #expect(sheet.texts(row: 0) == ["Indsatsområde", "Id", "Aktivitet", "År", "Beløb"])
        #expect(sheet.rows.count == 1 + 3 * 3)
        #expect(sheet.texts(row: 1) == ["1", "1.1", "Lang første", "2020", "20000"])
        #expect(sheet.texts(row: 2) == ["1", "1.1", "Lang første", "2021", "0"])
        #expect(sheet.texts(row: 3) == ["1", "1.1", "Lang første", "2022"])
        #expect(sheet.texts(row: 9) == ["3", "3.1", "Lang tredje", "2022", "5000"])
        #expect(sheet.autoFilter == CellRange("A1:E10"))
        #expect(sheet.frozenRows == 1)
    }

    @Test("an absurd period does not explode into columns")
    func absurdPeriod() {
        var plan = plan
        plan.period = PlanPeriod(firstYear: 1, lastYear: Int.max)
        #expect(PlanExporter(plan: plan).years == [1, 2020, 2021, 2022, Int.max])
        plan.period = PlanPeriod(firstYear: 2030, lastYear: 2020)
        #expect(PlanExporter(plan: plan).years == [2020, 2021, 2022])
        #expect(PlanExporter(plan: plan).properties.created == DateTimeComponents(year: 2030, month: 1, day: 1))
    }

    @Test("the grid of a sheet carries values, formulas and number formats")
    func grid() {
        let grid = PlanExporter(plan: plan).overviewSheet().grid
        #expect(grid.name == "Oversigt")
        #expect(grid["C7"] == .integer(30_000))
        #expect(grid.cell(at: CellAddress("C7")!)?.formula == "SUM(C4:C6)")
        #expect(grid.cell(at: CellAddress("C7")!)?.numberFormat == ExportNumberFormat.kroner)
        #expect(grid.cell(at: CellAddress("A4")!)?.numberFormat == "0")
        #expect(grid.cell(at: CellAddress("B4")!)?.numberFormat == nil)
    }

    @Test("the file format follows the extension")
    func formats() {
        #expect(ExportFormat(path: "out/plan.XLSX") == .xlsx)
        #expect(ExportFormat(path: "plan.csv") == .csv)
        #expect(ExportFormat(path: "plan.ods") == nil)
        #expect(ExportFormat(path: "dir.v2/plan") == nil)
    }
}
