import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// The table model of the overview workbook built from the 2013 plan: the figures of
/// section 10 and of the area tables, and the formulas that compute them.
@Suite("Overview table model")
struct OverviewTableTests {
    let exporter: PlanExporter

    init() throws {
        exporter = PlanExporter(plan: Fixtures.plan)
    }

    @Test("Oversigt lists the nine activities by area with their short names and amounts")
    func overviewRows() throws {
        let sheet = exporter.overviewSheet()
        #expect(sheet.name == "Oversigt")
        #expect(sheet.texts(row: 0) == ["Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem"])
        #expect(sheet.texts(row: 1) == ["Årlig ramme", "2000000"])
        #expect(sheet.rows[1].kind == .frame)
        #expect(
            sheet.texts(row: 2) == [
                "Indsatsområde", "Aktivitet", "Finansiering 2013", "Finansiering 2014",
                "Finansiering 2015", "Finansiering 2016", "Id",
            ])
        let activityRows = sheet.rows.indices.filter { if case .activity = sheet.rows[$0].kind { true } else { false } }
        #expect(activityRows == Array(3...11))

        let expected: [(Int64, String, [Int64?], String)] = [
            (1, "Indbrudsindsats", [40_000, nil, nil, nil], "1.1"),
            (1, "Det gode valg", [220_000, 180_000, nil, nil], "1.2"),
            (1, "Belysning på Volden", [340_000, nil, nil, nil], "1.3"),
            (2, "Kommunikationsindsats", [450_000, 450_000, 450_000, 450_000], "2.1"),
            (3, "Dialog med beboerne", [30_000, 30_000, nil, nil], "3.1"),
            (3, "Akutpulje", [20_000, 20_000, 20_000, 20_000], "3.2"),
            (3, "Beboercentrum", [200_000, 200_000, nil, nil], "3.3"),
            (3, "Tovholder for dialog og aktivt medborgerskab", [150_000, 150_000, 150_000, 150_000], "3.4"),
            (4, "Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum", [40_000, nil, nil, nil], "4.1"),
        ]
        for (offset, (area, name, amounts, id)) in expected.enumerated() {
            let row = 3 + offset
            #expect(sheet.cell(at: CellAddress(row: row, column: 0))?.value == .integer(area))
            #expect(sheet.cell(at: CellAddress(row: row, column: 1))?.value == .string(name))
            #expect(sheet.integers(row: row, columns: 2...5) == amounts, "amounts of \(name)")
            #expect(sheet.cell(at: CellAddress(row: row, column: 6))?.value == .string(id))
            #expect(sheet.rows[row].kind == .activity(id: id))
        }
    }

    @Test("I alt and Resterende beløb pr. år are live formulas with the plan's figures cached")
    func overviewTotals() throws {
        let sheet = exporter.overviewSheet()
        let total = try #require(sheet.firstRow(of: .total))
        let remaining = try #require(sheet.firstRow(of: .remaining))
        #expect(total == 12 && remaining == 13)
        #expect(sheet["A13"]?.value == .string("I alt"))
        #expect(sheet["A14"]?.value == .string("Resterende beløb pr. år"))
        #expect(sheet.integers(row: total, columns: 2...5) == [1_490_000, 1_030_000, 620_000, 620_000])
        #expect(sheet.integers(row: remaining, columns: 2...5) == [510_000, 970_000, 1_380_000, 1_380_000])
        #expect(sheet.formulas(row: total, columns: 2...5) == ["SUM(C4:C12)", "SUM(D4:D12)", "SUM(E4:E12)", "SUM(F4:F12)"])
        #expect(sheet.formulas(row: remaining, columns: 2...5) == ["$B$2-C13", "$B$2-D13", "$B$2-E13", "$B$2-F13"])
        #expect(sheet["B2"]?.value == .integer(2_000_000))
        #expect(sheet["B2"]?.formula == nil)
        #expect(sheet["C13"]?.role == .totalAmount)
        #expect(sheet["C14"]?.role == .remainingAmount)
    }

    @Test("every cached value is what its formula computes from the cells")
    func formulasAgreeWithCells() throws {
        let sheet = exporter.overviewSheet()
        let evaluated = try FormulaEvaluator(sheets: [sheet]).evaluate(sheet: "Oversigt")
        #expect(evaluated.count == 8)
        for (address, value) in evaluated {
            #expect(sheet.cell(at: address)?.value == .integer(value), "\(address.a1)")
        }
        for area in exporter.areaSheets() {
            let sums = try FormulaEvaluator(sheets: [area]).evaluate(sheet: area.name)
            for (address, value) in sums {
                #expect(area.cell(at: address)?.value == .integer(value), "\(area.name)!\(address.a1)")
            }
        }
    }

    @Test("Oversigt freezes its headings, prints them on every page, and fits its columns")
    func overviewLayout() {
        let sheet = exporter.overviewSheet()
        #expect(sheet.frozenRows == 3)
        #expect(sheet.printTitleRows == 2...2)
        #expect(sheet.columnWidths.count == 7)
        #expect(sheet.columnWidths[0] == 15)  // "Indsatsområde" + padding
        #expect(sheet.columnWidths[1] == 50)  // the longest short name is capped and wraps
        #expect(sheet.columnWidths[2...5].allSatisfy { $0 == 14 })  // "Finansiering 2013" wraps
        #expect(sheet.columnWidths[6] == 6)
    }

    @Test("area sheets hold the area tables with their names and I alt rows")
    func areaSheets() throws {
        let sheets = exporter.areaSheets()
        #expect(sheets.map(\.name) == ["Indsatsområde 1", "Indsatsområde 2", "Indsatsområde 3", "Indsatsområde 4", "Indsatsområde 5"])
        let expectedTotals: [[Int64?]] = [
            [600_000, 180_000, 0, 0], [450_000, 450_000, 450_000, 450_000],
            [400_000, 400_000, 170_000, 170_000], [40_000, 0, 0, 0], [0, 0, 0, 0],
        ]
        for (number, sheet) in zip(1..., sheets) {
            #expect(sheet.texts(row: 0) == ["Aktiviteter under indsatsområde \(number) – økonomisk ramme"])
            let total = try #require(sheet.firstRow(of: .total))
            #expect(sheet.integers(row: total, columns: 2...5) == expectedTotals[number - 1], "area \(number)")
            let header = try #require(sheet.firstRow(of: .header))
            #expect(sheet.texts(row: header).prefix(3) == ["Indsatsområde", "Aktivitet", "Finansiering 2013"])
            #expect(sheet.frozenRows == header + 1)
        }

        let first = sheets[0]
        #expect(first.texts(row: 1) == ["Indsats for at øge den oplevede tryghed og mindske kriminaliteten"])
        #expect(first["B4"]?.value == .string("Indbrudskampagne i Tingbjerg-Husum"))
        #expect(first["B5"]?.value == .string("Skoleindsats ”Det gode valg”"))
        #expect(first["B6"]?.value == .string("Belysning på Volden"))
        #expect(first.formulas(row: 6, columns: 2...5) == ["SUM(C4:C6)", "SUM(D4:D6)", "SUM(E4:E6)", "SUM(F4:F6)"])
        #expect(sheets[3]["B4"]?.value == .string("Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde"))
        #expect(sheets[2].integers(row: 6, columns: 2...5) == [150_000, 150_000, 150_000, 150_000])  // Tovholder
    }

    @Test("an area without activities says so above an empty table whose I alt is 0")
    func emptyArea() throws {
        let sheet = exporter.areaSheets()[4]
        #expect(
            sheet.rowIndices(of: .note).map { sheet.texts(row: $0) } == [
                ["Planen har ingen aktiviteter under indsatsområde 5."],
                ["Forslag til aktiviteter under indsatsområde 5 forelægges til styregruppens godkendelse august 2013."],
            ])
        let header = try #require(sheet.firstRow(of: .header))
        #expect(sheet.firstRow(of: .total) == header + 1, "no rows between the headings and I alt")
        #expect(sheet.formulas(row: header + 1, columns: 2...5) == [nil, nil, nil, nil])
    }

    @Test("Kriminalitetsmål has the baseline and each year's target with its reduction in the heading")
    func crimeTargets() throws {
        let sheet = exporter.crimeTargetSheet()
        #expect(sheet.name == "Kriminalitetsmål")
        #expect(sheet.texts(row: 1) == ["Gerningstype", "Basis 2012", "2013 (-10 %)", "2014 (-15 %)", "2015 (-20 %)", "2016 (-25 %)"])
        #expect(sheet.texts(row: 2) == ["Indbrud", "154", "139", "131", "123", "116"])
        #expect(sheet.texts(row: 7) == ["Chikane", "32", "29", "27", "26", "24"])
        #expect(sheet.rows.count == 8)
        #expect(sheet.frozenRows == 2)
    }

    @Test("Aktiviteter lists each activity's facts, lists one item per line")
    func activityDetails() throws {
        let sheet = exporter.activitySheet()
        #expect(sheet.texts(row: 1) == ActivitySheetBuilder.headings)
        #expect(sheet.rows.count == 11)
        #expect(sheet["A3"]?.value == .string("1.1"))
        #expect(sheet["C3"]?.value == .string("Indbrudskampagne i Tingbjerg-Husum"))
        #expect(sheet["D3"]?.value == .string("Indbrudsindsats"))
        #expect(sheet["J3"]?.value == .string("2, 3"))
        #expect(sheet["H3"]?.value.description.split(separator: "\n").count == 2)
        #expect(sheet["H3"]?.role == .wrappedText)
        #expect(
            sheet["K5"]?.value
                == .string(
                    """
                    Samlet udgift: 1.000.000 kr.
                    Egenandel: 340.000 kr. (1/3)
                    Naturstyrelsen: 660.000 kr. (søgt)
                    Krav: egenandel mindst 1/3 (Naturstyrelsen)
                    """))
        #expect(sheet["J6"]?.value == .string("Alle"))
        #expect(sheet.frozenColumns == 3)
    }

    @Test("Diagram sums Oversigt per area and year with SUMIF and charts it")
    func chartTable() throws {
        let sheet = exporter.chartSheet()
        #expect(sheet.texts(row: 1) == ["Indsatsområde", "2013", "2014", "2015", "2016"])
        #expect(sheet["A3"]?.value == .string("Indsatsområde 1"))
        #expect(sheet["B3"]?.formula == "SUMIF(Oversigt!$A$4:$A$12,1,Oversigt!C$4:C$12)")
        #expect(sheet["E7"]?.formula == "SUMIF(Oversigt!$A$4:$A$12,5,Oversigt!F$4:F$12)")
        #expect(sheet.integers(row: 2, columns: 1...4) == [600_000, 180_000, 0, 0])
        #expect(sheet.integers(row: 4, columns: 1...4) == [400_000, 400_000, 170_000, 170_000])
        #expect(sheet.integers(row: 7, columns: 1...4) == [1_490_000, 1_030_000, 620_000, 620_000])
        #expect(sheet["B8"]?.formula == "SUM(B3:B7)")

        let chart = try #require(sheet.charts.first)
        #expect(chart.kind == .clusteredColumn)
        #expect(chart.categories.formula == "'Diagram'!$B$2:$E$2")
        #expect(chart.series.count == 5)
        #expect(chart.series[0].name.formula == "'Diagram'!$A$3")
        #expect(chart.series[4].values.formula == "'Diagram'!$B$7:$E$7")
        #expect(!chart.title.isEmpty && chart.categoryAxisTitle == "År" && !chart.valueAxisTitle.isEmpty)
        #expect(chart.anchor.start.row > 7)

        let diagram = try FormulaEvaluator(sheets: [exporter.overviewSheet(), sheet]).evaluate(sheet: "Diagram")
        #expect(diagram.count == 24)
        for (address, value) in diagram {
            #expect(sheet.cell(at: address)?.value == .integer(value), "Diagram!\(address.a1)")
        }
    }

    @Test("the overview workbook has its sheets in order and deterministic properties")
    func workbook() {
        let workbook = exporter.overviewWorkbook()
        #expect(
            workbook.sheets.map(\.name) == [
                "Oversigt", "Indsatsområde 1", "Indsatsområde 2", "Indsatsområde 3", "Indsatsområde 4",
                "Indsatsområde 5", "Kriminalitetsmål", "Aktiviteter", "Diagram",
            ])
        #expect(workbook.properties.title == "Tryghedsplan for Tingbjerg-Husum Partnerskab 2013")
        #expect(workbook.properties.author == "Tingbjerg-Husum Partnerskab")
        #expect(workbook.properties.created == DateTimeComponents(year: 2013, month: 1, day: 1))
        #expect(workbook == PlanExporter(plan: exporter.plan).overviewWorkbook())
    }
}
