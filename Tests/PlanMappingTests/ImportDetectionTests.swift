import BudgetRules
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Table detection on sheets built cell by cell: titles, merged headers, stacked tables,
/// column order, English headers, units, totals, notes and hidden rows.
@Suite("Import: table detection")
struct ImportDetectionTests {
    /// Scans one sheet as an XLSX file (or CSV) named `file`.
    func scan(_ grids: [SheetGrid], format: SpreadsheetFile.Format = .xlsx, file: String = "test.xlsx") throws -> ScannedFile {
        try FileScanner().scan(SpreadsheetFile(path: file, format: format, grids: grids))
    }

    func amounts(_ row: SheetActivityRow) -> [Int: Int64] {
        row.row.amounts.compactMapValues { $0.value?.value }
    }

    @Test("Title rows above the header give the title and focus area; notes below are not rows")
    func titleAndNotes() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Tingbjerg-Husum Partnerskab"])
        b.row(2, ["Aktiviteter under indsatsområde 3 – økonomisk ramme"])
        b.row(4, ["Indsats-område", "Aktivitet", "Finansiering 2013", "Finansiering 2014"])
        b.row(5, [3, "Dialog med beboerne", 30_000, 30_000])
        b.row(6, [3, "Akutpulje", 20_000, 20_000])
        b.row(7, ["I alt", nil, 50_000, 50_000])
        b.row(9, ["Note: tallene er foreløbige. Alle beløb i kr."])
        b.row(10, ["Godkendt af styregruppen 2013", nil, nil, nil])
        let scanned = try scan([b.grid])
        let table = try #require(scanned.tables.first)
        #expect(scanned.tables.count == 1)
        #expect(table.table.kind == .area)
        #expect(table.table.area == 3)
        #expect(table.table.title == "Aktiviteter under indsatsområde 3 – økonomisk ramme")
        #expect(table.location.cell == "A2")
        #expect(table.table.unit == .kroner)
        #expect(table.table.unitSource == .note)
        #expect(table.rows.map(\.row.name) == ["Dialog med beboerne", "Akutpulje"])
        #expect(table.rows.map(\.row.location.cell) == ["B5", "B6"])
        #expect(table.total?.label == "I alt")
        #expect(table.total?.amounts[2013]?.value == 50_000)
        #expect(table.total?.amounts[2013]?.location.cell == "C7")
        #expect(table.table.bodyRows == 4...6)
        #expect(scanned.submission.areaTables.count == 1)
    }

    @Test("A merged “Finansiering” over the year columns: the years are in the row below")
    func mergedHeader() throws {
        var b = GridBuilder("Oversigt")
        b.row(1, ["Indsatsområde", "Aktivitet", "Finansiering", nil, nil, nil, "Ansvarlig"])
        b.row(2, [nil, nil, 2013, 2014, 2015, 2016])
        b.row(3, [1, "Indbrudsindsats", 40_000, nil, nil, nil, "Politiet"])
        b.row(4, [2, "Kommunikationsindsats", 450_000, 450_000, 450_000, 450_000])
        b.row(5, ["I alt", nil, 490_000, 450_000, 450_000, 450_000])
        b.row(6, ["Resterende beløb pr. år", nil, 1_510_000, 1_550_000, 1_550_000, 1_550_000])
        b.merged = [CellRange("C1:F1")!]
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.kind == .overview)
        #expect(table.table.headerRows == 0...1)
        #expect(table.table.columns.years.map(\.year) == [2013, 2014, 2015, 2016])
        #expect(table.yearHeadings.map(\.location.cell) == ["C2", "D2", "E2", "F2"])
        #expect(table.rows.count == 2)
        #expect(amounts(table.rows[0]) == [2013: 40_000, 2014: 0, 2015: 0, 2016: 0])
        #expect(table.rows[0].responsible == "Politiet")
        #expect(table.remaining?.amounts[2016]?.value == 1_550_000)
        #expect(table.total?.location.cell == "A5")
    }

    @Test("A group label over the years without a merge (as in a CSV file)")
    func groupLabelWithoutMerge() throws {
        var b = GridBuilder("data")
        b.row(1, ["Område", "Aktivitet", "Budget", "", ""])
        b.row(2, [nil, nil, "2013", "2014", "2015"])
        b.row(3, ["1", "Indbrudsindsats", "40.000", "-", ""])
        let table = try #require(try scan([b.grid], format: .csv, file: "x.csv").tables.first)
        #expect(table.table.columns.years.map(\.year) == [2013, 2014, 2015])
        #expect(amounts(table.rows[0]) == [2013: 40_000, 2014: 0, 2015: 0])
        // In a CSV file the sheet is not named.
        #expect(table.rows[0].row.location == SourceLocation(file: "x.csv", sheet: nil, cell: "B3"))
    }

    @Test("Several area tables stacked in one sheet, with blank rows between them")
    func stackedTables() throws {
        var b = GridBuilder("Ark1")
        var row = 1
        for area in 1...3 {
            b.row(row, ["Aktiviteter under indsatsområde \(area) – økonomisk ramme"])
            b.row(row + 1, ["Indsatsomr.", "Aktivitet/projekt", "Budget 2013", "Budget 2014"])
            b.row(row + 2, [area, "Aktivitet \(area)a", 10_000 * area, nil])
            b.row(row + 3, [area, "Aktivitet \(area)b", nil, 5_000])
            b.row(row + 4, ["I alt", nil, 10_000 * area, 5_000])
            row += 6
        }
        let tables = try scan([b.grid]).tables
        #expect(tables.map(\.table.kind) == [.area, .area, .area])
        #expect(tables.map(\.table.area) == [1, 2, 3])
        #expect(tables.map { $0.rows.count } == [2, 2, 2])
        #expect(tables[2].rows[0].row.name == "Aktivitet 3a")
        #expect(tables[2].total?.amounts[2013]?.value == 30_000)
        #expect(tables.map(\.location.cell) == ["A1", "A7", "A13"])
    }

    @Test("Columns in any order, English headers, amounts in DKK thousands stated in a title row")
    func englishHeadersAnyOrder() throws {
        var b = GridBuilder("Budget")
        b.row(1, ["AAB budget"])
        b.row(2, ["Amounts in DKK thousands"])
        b.row(4, ["Responsible", "Budget 2014", "Activity", "Budget 2013", "Focus area", "Remarks"])
        b.row(5, ["AAB", 180, "Det gode valg", 220, 1, "ok"])
        b.row(6, ["AAB", nil, "Kommunikationsindsats", 450.0, 2, nil])
        b.row(7, [nil, 180, "Total", 670, nil])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.kind == .overview)
        #expect(table.table.unit == .thousands)
        #expect(table.table.unitSource == .title)
        #expect(table.table.columns.activity == 2)
        #expect(table.table.columns.area == 4)
        #expect(table.rows.map(\.row.area) == [1, 2])
        #expect(amounts(table.rows[0]) == [2013: 220_000, 2014: 180_000])
        #expect(amounts(table.rows[1]) == [2013: 450_000, 2014: 0])
        #expect(table.total?.label == "Total")
        #expect(table.total?.amounts[2013]?.value == 670_000)
    }

    @Test("Units in headers: t.kr. and mio. kr. scale number cells exactly, never losing a krone")
    func headerUnits() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Aktivitet", "Indsatsområde", "Finansiering 2013 (t.kr.)", "2014 (mio. kr.)", "2015 (kr.)"])
        b.row(2, ["A", 1, 40.5, 1.49, 12])
        b.row(3, ["B", 1, 0.001, 0.000_001, 12.5])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.unitSource == .header)
        #expect(table.table.units == [.kroner, .thousands, .millions])
        #expect(amounts(table.rows[0]) == [2013: 40_500, 2014: 1_490_000, 2015: 12])
        #expect(table.rows[1].row.amounts[2013]?.value == 1)
        #expect(table.rows[1].row.amounts[2014]?.value == 1)
        // 12,5 kr. is not whole kroner.
        let half = try #require(table.rows[1].row.amounts[2015])
        #expect(half.value == nil)
        guard case .invalid = half.quality else {
            Issue.record("12.5 kr. should be invalid")
            return
        }
    }

    @Test("Text amounts in a t.kr. column: plain numbers are thousands, a unit in the cell speaks for itself")
    func textInThousandsColumn() throws {
        var b = GridBuilder()
        b.row(1, ["Indsatsområde", "Aktivitet", "2013 (t.kr.)", "2014 (t.kr.)", "2015 (t.kr.)"])
        b.row(2, ["1", "A", "40", "40.000 kr.", "1,5 mio. kr."])
        let row = try #require(try scan([b.grid], format: .csv, file: "t.csv").tables.first?.rows.first)
        #expect(row.row.amounts[2013]?.value == 40_000)
        #expect(row.row.amounts[2013]?.quality == .clean)
        #expect(row.row.amounts[2014]?.value == 40_000)
        #expect(row.row.amounts[2015]?.value == 1_500_000)
        for year in [2014, 2015] {
            guard case .ambiguous = row.row.amounts[year]?.quality else {
                Issue.record("\(year): a unit in the cell is noted")
                continue
            }
        }
    }

    @Test("A row of units under the header belongs to the header")
    func unitRowUnderHeader() throws {
        var b = GridBuilder()
        b.row(1, ["Indsatsområde", "Aktivitet", "2013", "2014"])
        b.row(2, [nil, nil, "(t.kr.)", "kr."])
        b.row(3, [1, "A", 40, 40_000])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.headerRows == 0...1)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].row.amounts[2013]?.value == 40_000)
        #expect(table.rows[0].row.amounts[2014]?.value == 40_000)
        #expect(table.yearHeadings.map(\.location.cell) == ["C1", "D1"])
    }

    @Test("A unit named in a note below the table, and a million-unit title")
    func unitInNoteAndMillions() throws {
        var b = GridBuilder("Ark1")
        b.row(1, ["Aktivitet", "Indsatsområde", "2013"])
        b.row(2, ["A", 1, 2])
        b.row(3, ["I alt", nil, 2])
        b.row(5, ["Beløb i t.kr."])
        var m = GridBuilder("Ark2")
        m.row(1, ["Budget (mio. kr.)"])
        m.row(2, ["Aktivitet", "Indsatsområde", "2013"])
        m.row(3, ["A", 1, 1.5])
        let tables = try scan([b.grid, m.grid]).tables
        #expect(tables[0].table.unit == .thousands)
        #expect(tables[0].table.unitSource == .note)
        #expect(tables[0].rows[0].row.amounts[2013]?.value == 2_000)
        #expect(tables[1].table.unit == .millions)
        #expect(tables[1].rows[0].row.amounts[2013]?.value == 1_500_000)
    }

    @Test("Total rows: I alt, Total, Sum; a remaining row follows the total", arguments: ["I alt", "Total", "Sum", "I ALT:", "Totalt"])
    func totalLabels(label: String) throws {
        var b = GridBuilder()
        b.row(1, ["Indsatsområde", "Aktivitet", "2013"])
        b.row(2, [1, "A", 10])
        b.row(3, [2, "B", 20])
        b.row(4, [label, nil, 30])
        b.row(5, ["Resterende", nil, 70])
        b.row(6, [3, "Not a row of the table: after the total", 99])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.rows.count == 2)
        #expect(table.total?.label == label)
        #expect(table.remaining?.amounts[2013]?.value == 70)
        #expect(table.table.kind == .overview)
    }

    @Test("Hidden rows and gaps inside the table are data like any other")
    func hiddenRowsAreData() throws {
        // A reader keeps hidden rows; detection must not drop a row because of a gap before it.
        var b = GridBuilder()
        b.row(1, ["Indsatsområde", "Aktivitet", "2013"])
        b.row(2, [1, "A", 10])
        b.row(5, [1, "B (hidden row)", 20])
        b.row(6, ["I alt", nil, 30])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.rows.map(\.row.name) == ["A", "B (hidden row)"])
        #expect(table.rows[1].row.location.cell == "B5")
    }

    @Test("A row without amounts and without focus area is a note, not an activity")
    func noteRowInsideTable() throws {
        var b = GridBuilder("Område 5")
        b.row(1, ["Indsats-område", "Aktivitet", "Finansiering 2013"])
        b.row(2, [nil, "Forslag forelægges styregruppen august 2013"])
        b.row(3, ["I alt", nil, nil])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.kind == .area)
        #expect(table.table.area == 5)  // from the sheet's name
        #expect(table.rows.isEmpty)
        #expect(table.total?.amounts[2013]?.value == 0)
    }

    @Test("A long layout: one row per activity and year")
    func longLayout() throws {
        var b = GridBuilder("fsb")
        b.row(1, ["Indsatsområde", "Aktivitet", "År", "Beløb (kr.)", "Ansvarlig"])
        b.row(2, ["1", "Indbrudskampagne", "2013", "40.000", "fsb"])
        b.row(3, ["1", "Det gode valg", "2013", "220.000", ""])
        b.row(4, ["1", "Det gode valg", "2014", "180.000", "SSP"])
        b.row(5, ["3", "Akutpulje", "2013", "20.000", ""])
        let scanned = try scan([b.grid], format: .csv, file: "fsb.csv")
        let table = try #require(scanned.tables.first)
        #expect(table.table.kind == .long)
        #expect(table.rows.map(\.row.name) == ["Indbrudskampagne", "Det gode valg", "Akutpulje"])
        #expect(amounts(table.rows[1]) == [2013: 220_000, 2014: 180_000])
        #expect(table.rows[1].row.amounts[2014]?.location.cell == "D4")
        #expect(table.rows[1].responsible == "SSP")
        let areas = scanned.submission.areaTables
        #expect(areas.map(\.area) == [1, 3])
        #expect(areas[0].rows.count == 2)
    }

    @Test("A crime-target table: reductions from the header or the cell")
    func crimeTargets() throws {
        var b = GridBuilder("Mål")
        b.row(1, ["Målsætninger (anmeldelser pr. år)"])
        b.row(3, ["Gerningstype", "Basis 2012", "2013 (-10 %)", "2014"])
        b.row(4, ["Indbrud", 154, 139, "131 (-15 %)"])
        b.row(5, ["Narkotika", "20", "18", "17"])
        let table = try #require(try scan([b.grid]).tables.first)
        #expect(table.table.kind == .crimeTargets)
        #expect(table.crimeRows.count == 2)
        let indbrud = table.crimeRows[0]
        #expect(indbrud.baselineYear == 2012)
        #expect(indbrud.baseline.value == 154)
        #expect(indbrud.targets.map(\.year) == [2013, 2014])
        #expect(indbrud.targets.map(\.count.value) == [139, 131])
        #expect(indbrud.targets.map(\.reduction) == [10, 15])
        #expect(indbrud.targets[1].count.location.cell == "D4")
        #expect(table.crimeRows[1].targets.map(\.reduction) == [10, nil])
        #expect(table.yearHeadings.map(\.year) == [2013, 2014])
    }

    @Test("Text amounts: clean in a CSV file, sloppy in a workbook; a stray point is sloppy; nonsense is invalid")
    func textAmountQuality() throws {
        var b = GridBuilder()
        b.row(1, ["Indsatsområde", "Aktivitet", "2013", "2014", "2015", "2016"])
        b.row(2, [1, "A", "1.490.000", "30.000.", "ca. 5", "40 t.kr."])
        let csv = try #require(try scan([b.grid], format: .csv, file: "a.csv").tables.first?.rows.first)
        #expect(csv.row.amounts[2013]?.quality == .clean)
        #expect(csv.row.amounts[2013]?.value == 1_490_000)
        #expect(csv.row.amounts[2014]?.value == 30_000)
        guard case .sloppy = csv.row.amounts[2014]?.quality else {
            Issue.record("30.000. is sloppy")
            return
        }
        guard case .invalid = csv.row.amounts[2015]?.quality else {
            Issue.record("ca. 5 is invalid")
            return
        }
        #expect(csv.row.amounts[2015]?.value == nil)
        #expect(csv.row.amounts[2016]?.value == 40_000)
        guard case .ambiguous = csv.row.amounts[2016]?.quality else {
            Issue.record("40 t.kr. names its unit")
            return
        }
        let xlsx = try #require(try scan([b.grid]).tables.first?.rows.first)
        guard case .sloppy = xlsx.row.amounts[2013]?.quality else {
            Issue.record("text in a workbook is sloppy")
            return
        }
    }

    @Test("“1.500” is ambiguous only when nothing in the table or file shows the notation")
    func ambiguousNotation() throws {
        var english = GridBuilder()
        english.row(1, ["Focus area", "Activity", "2013", "2014"])
        english.row(2, [1, "A", "1.500", "2.5"])
        let table = try #require(try scan([english.grid], format: .csv, file: "e.csv").tables.first)
        // "2.5" shows English notation: "1.500" is 1,5 kr. — not whole kroner.
        #expect(table.rows[0].row.amounts[2013]?.value == nil)
        var alone = GridBuilder()
        alone.row(1, ["Focus area", "Activity", "2013"])
        alone.row(2, [1, "A", "1.500"])
        let unsettled = try #require(try scan([alone.grid], format: .csv, file: "u.csv").tables.first?.rows.first)
        #expect(unsettled.row.amounts[2013]?.value == 1_500)
        guard case .ambiguous = unsettled.row.amounts[2013]?.quality else {
            Issue.record("1.500 alone is ambiguous")
            return
        }
        var danish = GridBuilder()
        danish.row(1, ["Indsatsområde", "Aktivitet", "2013"])
        danish.row(2, [1, "A", "1.500"])
        let settled = try #require(try scan([danish.grid], format: .csv, file: "d.csv").tables.first?.rows.first)
        #expect(settled.row.amounts[2013]?.quality == .clean)
        #expect(settled.row.amounts[2013]?.value == 1_500)
    }

    @Test("Error values, booleans, dates and formulas without a value are invalid amounts")
    func oddCells() throws {
        let grid = SheetGrid(
            name: "Ark1",
            rows: [
                Row(
                    index: 0,
                    cells: [
                        Cell(column: 0, value: .string("Aktivitet")), Cell(column: 1, value: .string("Område")),
                        Cell(column: 2, value: .integer(2013)), Cell(column: 3, value: .integer(2014)),
                        Cell(column: 4, value: .integer(2015)), Cell(column: 5, value: .integer(2016)),
                    ]),
                Row(
                    index: 1,
                    cells: [
                        Cell(column: 0, value: .string("A")), Cell(column: 1, value: .integer(1)),
                        Cell(column: 2, value: .error("#REF!")), Cell(column: 3, value: .bool(true)),
                        Cell(column: 4, value: .date(SpreadsheetDate(serial: 41275))),
                        Cell(column: 5, value: .empty, formula: "SUM(C2:E2)"),
                    ]),
            ])
        let row = try #require(try scan([grid]).tables.first?.rows.first)
        for year in 2013...2016 {
            guard case .invalid = row.row.amounts[year]?.quality else {
                Issue.record("\(year) should be invalid")
                continue
            }
            #expect(row.row.amounts[year]?.value == nil)
        }
        #expect(row.row.amounts[2013]?.raw == "#REF!")
    }

    @Test("A sheet without a budget table yields no table")
    func noTable() throws {
        var b = GridBuilder()
        b.row(1, ["Referat af mødet"])
        b.row(2, ["Navn", "Telefon"])
        b.row(3, ["Jens", "12345678"])
        #expect(try scan([b.grid]).tables.isEmpty)
    }

    @Test(
        "Header vocabulary: the variants people type",
        arguments: [
            ("Indsatsområde", ColumnRole.area), ("Indsats-område", .area), ("Indsats-\nområde", .area), ("Indsatsomr.", .area),
            ("Område", .area), ("Focus area", .area), ("Aktivitet", .activity), ("Aktivitet/projekt", .activity),
            ("Activity", .activity), ("Finansiering 2013", .year(2013)), ("Budget 2013", .year(2013)),
            ("2013 (kr.)", .year(2013)), ("2013", .year(2013)), ("Finansiering 2013 (t.kr.)", .year(2013)),
            ("Finansiering\n2014", .year(2014)), ("År", .yearKey), ("Year", .yearKey), ("Beløb", .amount),
            ("Amount", .amount), ("Beløb (kr.)", .amount), ("Ansvarlig", .responsible), ("Responsible", .responsible),
            ("Gerningstype", .offence), ("Offence", .offence), ("Basis 2012", .baseline), ("Baseline", .baseline),
            ("Bemærkninger", .remarks), ("I alt 2013-2016", .rowTotal), ("Finansiering", .amount),
        ])
    func vocabulary(header: String, role: ColumnRole) {
        #expect(HeaderVocabulary.role(of: LabelText(header)) == role)
    }

    @Test("Words that are not headers are not taken for one", arguments: ["Referat", "Tingbjerg-Husum Partnerskab", "Note 2013 om økonomi", "Telefon"])
    func notVocabulary(text: String) {
        #expect(HeaderVocabulary.role(of: LabelText(text)) == nil)
    }

    @Test("Exact decimals of spreadsheet numbers")
    func exactNumbers() {
        #expect(ExactNumber.decimal(1.49)?.multiplied(byPowerOfTen: 6)?.integerValue == 1_490_000)
        #expect(ExactNumber.decimal(40.0)?.integerValue == 40)
        #expect(ExactNumber.decimal(0.1)?.multiplied(byPowerOfTen: 3)?.integerValue == 100)
        #expect(ExactNumber.decimal(1e-5)?.multiplied(byPowerOfTen: 5)?.integerValue == 1)
        #expect(ExactNumber.decimal(1.2e20) == nil || ExactNumber.decimal(1.2e20)?.integerValue == nil)
        #expect(ExactNumber.decimal(-2.5)?.description == "-2.5")
        #expect(ExactNumber.decimal(.nan) == nil)
    }
}
