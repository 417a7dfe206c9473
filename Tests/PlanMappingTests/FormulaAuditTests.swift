import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Validate's use of the formula engine and its audit of totals, on workbooks written here
/// with planted faults at known cells and read back from disk as partners' files are.
@Suite("Formula audit in validate")
struct FormulaAuditTests {
    let plan = Fixtures.smallPlan()

    /// Area 1's table: two plan activities and one more row, a total row at row 6.
    /// `totals` gives B6 and C6 (formula and saved value); `extra` overrides cells.
    func workbook(b6: Cell, c6: Cell, extra: [String: Cell] = [:]) throws -> String {
        var cells: [String: Cell] = [
            "A1": Cell(column: 0, value: .string("Aktiviteter under indsatsområde 1")),
            "A2": Cell(column: 0, value: .string("Aktivitet")), "B2": Cell(column: 1, value: .string("2020")),
            "C2": Cell(column: 2, value: .string("2021")),
            "A3": Cell(column: 0, value: .string("Lang første")), "B3": Cell(column: 1, value: .integer(20_000)),
            "C3": Cell(column: 2, value: .integer(0)),
            "A4": Cell(column: 0, value: .string("Lang anden")), "B4": Cell(column: 1, value: .integer(0)),
            "C4": Cell(column: 2, value: .integer(30_000)),
            "A5": Cell(column: 0, value: .string("Tovholder for netværket")), "B5": Cell(column: 1, value: .integer(5_000)),
            "C5": Cell(column: 2, value: .integer(5_000)),
            "A6": Cell(column: 0, value: .string("I alt")), "B6": b6, "C6": c6,
        ]
        for (key, cell) in extra { cells[key] = cell }
        var rows: [Int: [Cell]] = [:]
        for (a1, cell) in cells {
            let address = CellAddress(a1)!
            var placed = cell
            placed.column = address.column
            rows[address.row, default: []].append(placed)
        }
        let grid = SheetGrid(name: "Område 1", rows: rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) })
        let path = NSTemporaryDirectory() + "formula-audit-\(UUID().uuidString).xlsx"
        try XLSXWriter.write(grids: [grid], to: path)
        return path
    }

    func validate(_ path: String) -> SubmissionCheck {
        SubmissionValidator(plan: plan).check(paths: [path])
    }

    func findings(_ check: SubmissionCheck, _ rule: RuleID) -> [Finding] {
        check.report.findings.filter { $0.rule == rule }
    }

    @Test("a SUM that leaves out a row is found at its cell, with the range and the row named")
    func plantedRangeLeavesOutRow() throws {
        let path = try workbook(
            b6: Cell(column: 1, value: .integer(20_000), formula: "SUM(B3:B4)"),
            c6: Cell(column: 2, value: .integer(35_000), formula: "SUM(C3:C5)"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = validate(path)
        let incomplete = findings(check, .totalRangeIncomplete)
        #expect(incomplete.count == 1, "\(incomplete)")
        let finding = try #require(incomplete.first)
        #expect(finding.severity == .error)
        #expect(finding.location.sheet == "Område 1" && finding.location.cell == "B6")
        #expect(finding.message.en.contains("=SUM(B3:B4) leaves out row 5, “Tovholder for netværket”"), "\(finding.message.en)")
        #expect(finding.message.da.contains("udelader række 5"))
        // The sum the rule sees is wrong too, and that finding names the formula.
        let mismatch = findings(check, .areaTotalMismatch).first { $0.location.cell == "B6" }
        #expect(mismatch?.message.en.contains("=SUM(B3:B4)") == true, "\(String(describing: mismatch))")
    }

    @Test("a range reaching into the heading row, and a total typed as a number among formulas")
    func rangeTakesInAndHardcoded() throws {
        let path = try workbook(
            b6: Cell(column: 1, value: .integer(25_000), formula: "SUM(B3:B5)"),
            c6: Cell(column: 2, value: .integer(35_000)),
            extra: ["B1": Cell(column: 1, value: .integer(7))])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = validate(path)
        #expect(findings(check, .totalRangeIncomplete).isEmpty)
        let hardcoded = findings(check, .totalHardcoded)
        #expect(hardcoded.count == 1)
        #expect(hardcoded.first?.location.cell == "C6")
        #expect(hardcoded.first?.severity == .warning)

        let wide = try workbook(
            b6: Cell(column: 1, value: .integer(27_020), formula: "SUM(B1:B5)"),
            c6: Cell(column: 2, value: .integer(35_000), formula: "SUM(C3:C5)"),
            extra: ["B1": Cell(column: 1, value: .integer(7))])
        defer { try? FileManager.default.removeItem(atPath: wide) }
        let added = findings(validate(wide), .totalRangeIncomplete)
        #expect(added.count == 1)
        #expect(added.first?.message.en.contains("takes in row") == true, "\(added)")
    }

    @Test("a formula giving an error value is an error at its cell with the formula")
    func errorValue() throws {
        let path = try workbook(
            b6: Cell(column: 1, value: .integer(25_000), formula: "SUM(B3:B5)"),
            c6: Cell(column: 2, value: .integer(35_000), formula: "SUM(C3:C5)"),
            extra: ["C4": Cell(column: 2, value: .error("#DIV/0!"), formula: "30000/0")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let errors = findings(validate(path), .formulaErrorValue)
        #expect(errors.map(\.location.cell).contains("C4"), "\(errors)")
        #expect(errors.first { $0.location.cell == "C4" }?.message.en.contains("=30000/0 gives the error value #DIV/0!") == true)
    }

    @Test("formulas without saved values take the computed value (one warning: the author never saw it); a stale value is a warning")
    func computedAndStale() throws {
        let path = try workbook(
            b6: Cell(column: 1, value: .empty, formula: "SUM(B3:B5)"),
            c6: Cell(column: 2, value: .integer(99_999), formula: "SUM(C3:C5)"),
            extra: ["B5": Cell(column: 1, value: .empty, formula: "2500*2")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = validate(path)
        let computed = findings(check, .formulaComputed)
        #expect(computed.count == 1)
        #expect(computed.first?.severity == .warning)
        #expect(computed.first?.message.en.hasPrefix("2 formulas without a saved value") == true)
        #expect(findings(check, .amountInvalid).isEmpty, "no total is rejected for want of a saved value")
        #expect(findings(check, .areaTotalMismatch).filter { $0.location.cell == "B6" }.isEmpty)
        let stale = findings(check, .formulaStale)
        #expect(stale.count == 1)
        #expect(stale.first?.location.cell == "C6")
        #expect(stale.first?.message.en.contains("the saved value is stale") == true || stale.first?.message.en.contains("The saved value is stale") == true)
    }
}
