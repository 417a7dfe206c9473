import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Paths and fixtures shared by the PlanMapping tests.
enum Fixtures {
    /// The package root (two folders above this file's folder).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A path inside the package.
    static func path(_ relative: String) -> String { root + "/" + relative }

    /// The approved 2013 plan.
    static let plan: Plan = {
        let data = FileManager.default.contents(atPath: path("samples/tryghedsplan-2013.json"))!
        return try! Plan(jsonData: data)
    }()

    /// A scratch folder for a test's output, removed by the caller when done.
    static func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "plansheet-mapping-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
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
