import Foundation
import PlanModel
import PlanSheetsTestSupport
import Spreadsheet
import Testing

@testable import PlanMapping

/// The errors of the mapping and model layers name their place with the spreadsheet
/// layer's fields: `file`, `sheet`, `cell` (a ``CellAddress``), `line`, `column`.
@Suite("Errors: one naming of locations (mapping and model)")
struct ErrorLocationNamingTests {
    /// The names and types, pinned at compile time.
    @Test("the location fields have the spreadsheet layer's names and types")
    func vocabulary() {
        let _: KeyPath<ExportError, String> = \.file
        let _: KeyPath<ExportError, String?> = \.sheet
        let _: KeyPath<ExportError, CellAddress?> = \.cell
        let _: KeyPath<InputError, String> = \.file
        let _: KeyPath<MappingError, String> = \.file
        let _: KeyPath<PlanDecodingError, Int?> = \.line
        let _: KeyPath<PlanDecodingError, Int?> = \.column
    }

    @Test("an export error passes on the writer's file, sheet and cell, with the cell typed")
    func exportError() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("lang.xlsx")
        var plan = Fixtures.plan
        plan.activities[0].shortName = String(repeating: "x", count: 40_000)
        let error = #expect(throws: ExportError.self) { try PlanExporter(plan: plan).writeOverviewWorkbook(to: path) }
        #expect(error?.file == path)
        #expect(error?.sheet == "Oversigt")
        #expect(error?.cell == CellAddress("B4"))
        #expect(error?.message.en.hasPrefix("Could not write \(path): ") == true)
    }

    @Test("plan JSON that is not JSON says line and column")
    func planDecoding() {
        let error = #expect(throws: PlanDecodingError.self) { try Plan(jsonData: Data("{\n  \"a\": 1,\n}".utf8)) }
        #expect(error?.keyPath == "")
        #expect(error?.line == 3)
        #expect(error?.column == 1)
    }
}
