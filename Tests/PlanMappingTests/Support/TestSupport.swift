import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Paths and fixtures shared by the PlanMapping tests.
enum Fixtures {
    /// A path inside the package (`../shared/...` for the shared folder next to it).
    static func path(_ relative: String) -> String { TestEnvironment.path(relative) }

    /// The approved 2013 plan.
    static let plan: Plan = {
        let data = FileManager.default.contents(atPath: path("samples/tryghedsplan-2013.json"))!
        return try! Plan(jsonData: data)
    }()

    /// A small plan built here: two areas with activities, one without, funding outside
    /// the period, an explicit zero, differing crime reductions.
    static func smallPlan() -> Plan {
        Plan(
            title: "Testplan",
            partnership: Partnership(name: "Testpartnerskab", partners: ["A", "B"]),
            period: PlanPeriod(firstYear: 2020, lastYear: 2021),
            annualFrame: 100_000,
            focusAreas: [
                FocusArea(number: 1, title: "Første område"),
                FocusArea(number: 2, title: "Andet område", note: "Aktiviteter følger."),
                FocusArea(number: 3, title: "Tredje område"),
            ],
            activities: [
                Activity(
                    id: "3.1", name: "Lang tredje", shortName: "Tredje", focusArea: 3,
                    funding: [2020: 10_000, 2022: 5_000], otherFocusAreas: .all),
                Activity(
                    id: "1.1", name: "Lang første", shortName: "Første", focusArea: 1,
                    funding: [2020: 20_000, 2021: 0], otherFocusAreas: [2, 3],
                    deliverables: ["Et", "To"], responsible: ["Gruppen"]),
                Activity(
                    id: "1.2", name: "Lang anden", shortName: "Anden", focusArea: 1,
                    funding: [2021: 30_000]),
            ],
            crimeTargets: [
                CrimeTarget(
                    offence: "Indbrud", baselineYear: 2019, baseline: 100,
                    targets: [
                        .init(year: 2020, reduction: 10, count: 90), .init(year: 2021, reduction: 20, count: 80),
                    ]),
                CrimeTarget(
                    offence: "Tyveri", baselineYear: 2019, baseline: 50,
                    targets: [
                        .init(year: 2020, reduction: 10, count: 45), .init(year: 2021, reduction: 30, count: 35),
                    ]),
            ])
    }
}

/// Builds sheets cell by cell for detection tests: `grid("Ark", ["A1": "Aktivitet", "C1": 2013])`.
struct GridBuilder {
    var name: String
    var cells: [CellAddress: CellValue] = [:]
    var merged: [CellRange] = []

    init(_ name: String = "Ark1") { self.name = name }

    /// Writes a row of values starting in column A (nil leaves a cell empty).
    mutating func row(_ number: Int, _ values: [Any?]) {
        for (column, value) in values.enumerated() {
            guard let value else { continue }
            cells[CellAddress(row: number - 1, column: column)] = Self.value(value)
        }
    }

    static func value(_ value: Any) -> CellValue {
        switch value {
        case let v as CellValue: return v
        case let v as Int: return .integer(Int64(v))
        case let v as Double: return .number(v)
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        default: return .string("\(value)")
        }
    }

    /// The sheet.
    var grid: SheetGrid {
        var rows: [Int: [Cell]] = [:]
        for (address, value) in cells { rows[address.row, default: []].append(Cell(column: address.column, value: value)) }
        let list = rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }
        return SheetGrid(name: name, rows: list, mergedRanges: merged)
    }
}

extension ExportSheet {
    /// The values of `row` in `columns`, as integers (nil for an empty or non-integer cell).
    func integers(row: Int, columns: ClosedRange<Int>) -> [Int64?] {
        columns.map { column -> Int64? in
            if case .integer(let value)? = cell(at: CellAddress(row: row, column: column))?.value { return value }
            return nil
        }
    }

    /// The formulas of `row` in `columns`.
    func formulas(row: Int, columns: ClosedRange<Int>) -> [String?] {
        columns.map { cell(at: CellAddress(row: row, column: $0))?.formula }
    }

    /// The texts of `row`, cell by cell.
    func texts(row: Int) -> [String] {
        rows[row].cells.map { $0.value.description }
    }
}
