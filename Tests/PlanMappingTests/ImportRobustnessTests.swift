import BudgetRules
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Bad input never crashes: random sheets made of header words, amounts, years, totals
/// and junk go through detection, reading, validation, import and the summaries.
@Suite("Import: robustness")
struct ImportRobustnessTests {
    static let words: [CellValue] = [
        .string("Indsatsområde"), .string("Aktivitet"), .string("Finansiering"), .string("Finansiering 2013"),
        .string("Budget 2014 (t.kr.)"), .string("2015"), .integer(2016), .string("År"), .string("Beløb"), .string("I alt"),
        .string("Resterende beløb pr. år"), .string("Gerningstype"), .string("Basis 2012"), .string("2013 (-10 %)"),
        .string("Ansvarlig"), .string("Total"), .string("30.000."), .string("1.490.000 kr."), .string("-"), .string("ca. 5"),
        .string("40 t.kr."), .integer(1), .integer(6), .integer(-40_000), .integer(Int64.max), .number(12.5), .number(1e300),
        .number(-0.0), .error("#REF!"), .bool(true), .date(SpreadsheetDate(serial: 41_275)), .string(""), .string("   "),
        .string("Aktiviteter under indsatsområde 3 – økonomisk ramme"), .string("Amounts in DKK thousands"),
        .string("Indbrud"), .string("139 (-10 %)"), .string("99999999999999999999"), .string("1,5 mio. kr."),
    ]

    static func randomGrid(_ generator: inout SeededGenerator, name: String) -> SheetGrid {
        var rows: [Row] = []
        var index = 0
        for _ in 0..<Int.random(in: 1...30, using: &generator) {
            index += Int.random(in: 1...2, using: &generator)
            var cells: [Cell] = []
            var column = 0
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                column += Int.random(in: 0...2, using: &generator)
                let value = words.randomElement(using: &generator)!
                let formula: String? = Int.random(in: 0..<10, using: &generator) == 0 ? "SUM(A1:A2)" : nil
                cells.append(Cell(column: column, value: value, formula: formula))
                column += 1
            }
            rows.append(Row(index: index, cells: cells))
        }
        let merged = Int.random(in: 0..<3, using: &generator) == 0 ? [CellRange("B1:E1")!] : []
        return SheetGrid(name: name, rows: rows, mergedRanges: merged)
    }

    @Test("Random sheets never crash any step (and many of them hold tables)")
    func randomSheets() throws {
        var tables = 0
        var rows = 0
        for seed in 0..<80 {
            let found = try check(seed: seed)
            tables += found.tables
            rows += found.rows
        }
        #expect(tables >= 20)
        #expect(rows >= 20)
    }

    func check(seed: Int) throws -> (tables: Int, rows: Int) {
        var counts = (tables: 0, rows: 0)
        var generator = SeededGenerator(seed: UInt64(seed) &* 7919)
        let grids = (0..<Int.random(in: 1...3, using: &generator)).map { Self.randomGrid(&generator, name: "Ark\($0)") }
        for format in [SpreadsheetFile.Format.xlsx, .csv] {
            let file = SpreadsheetFile(path: "random-\(seed).\(format.rawValue)", format: format, grids: format == .csv ? [grids[0]] : grids)
            let scanned = try FileScanner().scan(file)
            counts.tables += scanned.tables.count
            counts.rows += scanned.tables.reduce(0) { $0 + $1.rows.count + $1.crimeRows.count }
            let report = Validator().validate(submission: scanned.submission, against: Fixtures.plan)
            _ = report.text(language: .danish)
            _ = report.json()
            for options in [ImportOptions(basePlan: Fixtures.plan), ImportOptions()] {
                let result = PlanImporter(options: options).importPlan(from: [scanned])
                _ = ImportSummary(result).text(language: .english)
                _ = ImportSummary(result).json()
                // Whatever was read, the plan holds whole, non-negative kroner only.
                #expect(result.plan.activities.allSatisfy { $0.funding.amounts.values.allSatisfy { !$0.isNegative } })
            }
            for table in scanned.tables {
                for row in table.rows {
                    for (_, amount) in row.row.amounts {
                        // An amount is either read (with a value) or invalid (without one).
                        if case .invalid = amount.quality { #expect(amount.value == nil) } else { #expect(amount.value != nil) }
                    }
                }
            }
        }
        return counts
    }
}
