import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Mapping files (JSON and YAML): reading, errors, and tables read through them.
@Suite("Import: mapping files")
struct ImportMappingTests {
    static let yaml = """
        tables:
          - file: "*.csv"
            sheet: Ark1
            kind: area
            headerRow: 3
            lastRow: 6
            area: 2
            unit: t.kr.
            columns:
              activity: B
              responsible: 5
              years: {"2013": C, "2014": D}
          - kind: long
            headerRow: 1
            columns: {activity: A, year: B, amount: C, area: D}
          - kind: crime-targets
            headerRow: 1
            columns:
              offence: A
              baseline: B
              baselineYear: 2012
              years: {"2013": C}
              reductions: {"2013": 10}
        """

    static let json = """
        {"tables": [
          {"file": "*.csv", "sheet": "Ark1", "kind": "area", "headerRow": 3, "lastRow": 6, "area": 2, "unit": "t.kr.",
           "columns": {"activity": "B", "responsible": "5", "years": {"2013": "C", "2014": "D"}}},
          {"kind": "long", "headerRow": 1, "columns": {"activity": "A", "year": "B", "amount": "C", "area": "D"}},
          {"kind": "crime-targets", "headerRow": 1,
           "columns": {"offence": "A", "baseline": "B", "baselineYear": 2012, "years": {"2013": "C"}, "reductions": {"2013": 10}}}
        ]}
        """

    @Test("The same mapping in YAML and in JSON reads the same")
    func yamlEqualsJSON() throws {
        let fromYAML = try MappingFile(text: Self.yaml)
        let fromJSON = try MappingFile(text: Self.json)
        #expect(fromYAML == fromJSON)
        #expect(fromYAML.tables.count == 3)
        #expect(fromYAML.tables[0].kind == .area)
        #expect(fromYAML.tables[0].columns.years == ["2013": "C", "2014": "D"])
        #expect(fromYAML.tables[2].kind == .crimeTargets)
        let columns = try fromYAML.tables[0].columns.resolved(kind: .area)
        #expect(columns.activity == 1)
        #expect(columns.responsible == 4)
        #expect(columns.years.map(\.year) == [2013, 2014])
        #expect(columns.years.map(\.column) == [2, 3])
    }

    @Test("The sample mapping files (YAML and JSON) read the same and read the sample export")
    func sampleMappings() throws {
        let yaml = try MappingFile(path: Fixtures.path("samples/mappings/okonomisystem-udtraek.yaml"))
        let json = try MappingFile(path: Fixtures.path("samples/mappings/okonomisystem-udtraek.json"))
        #expect(yaml == json)
        let path = Fixtures.path("samples/mappings/okonomisystem-udtraek.csv")
        // Detection finds nothing in this export…
        #expect(try FileScanner().scan(path: path).tables.isEmpty)
        // …the mapping does, and the export imports to the plan's figures exactly.
        let scanned = try FileScanner(mapping: yaml).scan(path: path)
        #expect(scanned.mapped)
        #expect(scanned.tables.count == 1)
        #expect(scanned.tables[0].table.unitSource == .mapping)
        #expect(scanned.tables[0].total?.label == "Sum")
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [scanned])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.plan == Fixtures.plan)
        #expect(result.matches.allSatisfy { $0.method == .id })
        let report = Validator().validate(submission: scanned.submission, against: Fixtures.plan)
        #expect(!report.hasErrors, "\(report.text(language: .english))")
    }

    @Test("A mapping reads an area table with its sheet, rows, area and unit")
    func mappedAreaTable() throws {
        var b = GridBuilder("Ark1")
        b.row(3, ["Nr", "Tekst", "Kr13", "Kr14", "Hvem"])
        b.row(4, [nil, "Kommunikationsmedarbejder", 450, 450, "Partnerskabet"])
        b.row(5, [nil, "Pjecer", "12,5", nil])
        b.row(6, [nil, "I alt", 462.5, 450])
        b.row(7, [nil, "Ikke med: under lastRow", 1, 1])
        var other = GridBuilder("Ark2")
        other.row(1, ["noise"])
        let mapping = try MappingFile(text: Self.yaml)
        let file = SpreadsheetFile(path: "/tmp/x.csv", format: .csv, grids: [other.grid, b.grid])
        let scanned = try FileScanner(mapping: mapping).scan(file)
        // The first table names its sheet; the other two read the first sheet and find nothing there.
        let table = try #require(scanned.tables.first)
        #expect(table.table.kind == .area)
        #expect(table.table.area == 2)
        #expect(table.table.unit == .thousands)
        #expect(table.rows.map(\.row.name) == ["Kommunikationsmedarbejder", "Pjecer"])
        #expect(table.rows[0].row.amounts[2013]?.value == 450_000)
        #expect(table.rows[1].row.amounts[2013]?.value == 12_500)
        #expect(table.rows[0].responsible == "Partnerskabet")
        #expect(table.total?.amounts[2013]?.value == 462_500)
        #expect(table.yearHeadings.map(\.location.cell) == ["C3", "D3"])
    }

    @Test("A mapping only applies to the files its pattern names")
    func filePattern() throws {
        let mapping = try MappingFile(text: Self.yaml)
        #expect(mapping.tables(for: "data/budget.csv").count == 3)
        #expect(mapping.tables(for: "data/budget.xlsx").count == 2)
        #expect(Glob.matches("fsb-*.csv", "fsb-2013.csv"))
        #expect(!Glob.matches("fsb-*.csv", "aab-2013.csv"))
        #expect(Glob.matches("budget-??.xlsx", "budget-13.xlsx"))
    }

    @Test("Long-layout and crime-target tables through a mapping")
    func mappedLongAndCrime() throws {
        let mapping = MappingFile(tables: [
            TableMapping(kind: .long, headerRow: 1, columns: ColumnMapping(area: "D", activity: "A", year: "B", amount: "C"))
        ])
        var b = GridBuilder("x")
        b.row(1, ["Navn", "Periode", "Kroner", "Omr"])
        b.row(2, ["Akutpulje", 2013, 20_000, 3])
        b.row(3, ["Akutpulje", 2014, 20_000, 3])
        let scanned = try FileScanner(mapping: mapping).scan(SpreadsheetFile(path: "x.xlsx", format: .xlsx, grids: [b.grid]))
        let long = try #require(scanned.tables.first)
        #expect(long.table.kind == .long)
        #expect(long.rows.count == 1)
        #expect(long.rows[0].row.amounts.mapValues { $0.value?.value } == [2013: 20_000, 2014: 20_000])

        let crimeMapping = MappingFile(tables: [
            TableMapping(
                kind: .crimeTargets, headerRow: 1,
                columns: ColumnMapping(
                    years: ["2013": "C", "2016": "D"], offence: "A", baseline: "B", baselineYear: 2012,
                    reductions: ["2013": 10, "2016": 25]))
        ])
        var c = GridBuilder("y")
        c.row(1, ["Type", "Antal", "M1", "M4"])
        c.row(2, ["Indbrud", 154, 139, 116])
        let crime = try #require(
            try FileScanner(mapping: crimeMapping).scan(
                SpreadsheetFile(path: "y.xlsx", format: .xlsx, grids: [c.grid])
            ).tables.first)
        #expect(crime.crimeRows.first?.targets.map(\.reduction) == [10, 25])
        let result = PlanImporter().importPlan(from: [
            ScannedFile(file: SpreadsheetFile(path: "y.xlsx", format: .xlsx, grids: [c.grid]), tables: [crime])
        ])
        #expect(
            result.plan.crimeTargets == [
                CrimeTarget(
                    offence: "Indbrud", baselineYear: 2012, baseline: 154,
                    targets: [
                        .init(year: 2013, reduction: 10, count: 139), .init(year: 2016, reduction: 25, count: 116),
                    ])
            ])
    }

    @Test(
        "Mistakes in a mapping file are told with the key at fault, in Danish and English",
        arguments: [
            ("tables:\n  - kind: area\n    columns: {activity: B, years: {\"2013\": C}}\n", "headerRow"),
            ("tables:\n  - kind: area\n    headerRow: 2\n    columns: {activity: \"B!\", years: {\"2013\": C}}\n", "activity"),
            ("tables:\n  - kind: area\n    headerRow: 2\n    unit: euro\n    columns: {activity: B, years: {\"2013\": C}}\n", "unit"),
            ("tables:\n  - kind: sideways\n    headerRow: 2\n    columns: {activity: B}\n", "kind"),
            ("tables:\n  - kind: overview\n    headerRow: 2\n    columns: {activity: B}\n", "years"),
            ("tables:\n  - kind: long\n    headerRow: 2\n    columns: {activity: B, year: C}\n", "amount"),
            ("tables:\n  - kind: area\n    headerRow: 0\n    columns: {activity: B, years: {\"2013\": C}}\n", "headerRow"),
            ("tables:\n  - kind: area\n    headerRow: 2\n    columns: {activity: B, years: {\"13\": C}}\n", "13"),
            ("{\"tables\": [", "tables"),
        ])
    func errors(text: String, key: String) {
        do {
            _ = try MappingFile(text: text, path: "map.yaml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.file == "map.yaml")
            #expect(error.reason.en.contains(key) || error.reason.en.contains("JSON"), "\(error.reason.en)")
            #expect(!error.reason.da.isEmpty)
            #expect(error.description.hasPrefix("map.yaml: "))
        }
    }

    @Test("A mapping that names a sheet the file does not have is an input error")
    func missingSheet() throws {
        let mapping = MappingFile(tables: [
            TableMapping(sheet: "Budget 2099", kind: .area, headerRow: 1, columns: ColumnMapping(activity: "A", years: ["2013": "B"]))
        ])
        var b = GridBuilder("Ark1")
        b.row(1, ["x"])
        do {
            _ = try FileScanner(mapping: mapping).scan(SpreadsheetFile(path: "b.xlsx", format: .xlsx, grids: [b.grid]))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "b.xlsx")
            #expect(error.reason.en.contains("Budget 2099"))
            #expect(error.reason.da.contains("Ark1"))
        }
    }
}
