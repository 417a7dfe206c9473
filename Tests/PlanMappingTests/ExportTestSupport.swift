import Foundation
import PlanModel
import Spreadsheet
@testable import PlanMapping

/// Files of this repository and of the shared folder next to it, found from this
/// source file's path.
enum ExportFixtures {
    /// The package root (two folders above Tests/PlanMappingTests).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` next to the package root.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The shipped 2013 plan.
    static func samplePlan() throws -> Plan {
        try Plan(jsonData: Data(contentsOf: root.appendingPathComponent("samples/tryghedsplan-2013.json")))
    }

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
                Activity(id: "3.1", name: "Lang tredje", shortName: "Tredje", focusArea: 3,
                         funding: [2020: 10_000, 2022: 5_000], otherFocusAreas: .all),
                Activity(id: "1.1", name: "Lang første", shortName: "Første", focusArea: 1,
                         funding: [2020: 20_000, 2021: 0], otherFocusAreas: [2, 3],
                         deliverables: ["Et", "To"], responsible: ["Gruppen"]),
                Activity(id: "1.2", name: "Lang anden", shortName: "Anden", focusArea: 1,
                         funding: [2021: 30_000]),
            ],
            crimeTargets: [
                CrimeTarget(offence: "Indbrud", baselineYear: 2019, baseline: 100, targets: [
                    .init(year: 2020, reduction: 10, count: 90), .init(year: 2021, reduction: 20, count: 80),
                ]),
                CrimeTarget(offence: "Tyveri", baselineYear: 2019, baseline: 50, targets: [
                    .init(year: 2020, reduction: 10, count: 45), .init(year: 2021, reduction: 30, count: 35),
                ]),
            ])
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
