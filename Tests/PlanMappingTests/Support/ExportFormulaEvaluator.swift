import Spreadsheet

@testable import PlanMapping

/// Computes the formulas the exporter writes with the toolkit's ``FormulaEngine`` over
/// the table model's cells, so tests can check that every cached value is what the
/// formula computes, without a spreadsheet program. A formula the engine does not
/// compute, or whose value is not a whole number of kroner, is an error.
struct FormulaEvaluator {
    struct Unsupported: Error, CustomStringConvertible {
        var cell: String
        var outcome: String
        var description: String { "\(cell): \(outcome)" }
    }

    let sheets: [ExportSheet]

    /// Every formula cell of `sheet` with the value its formula computes.
    func evaluate(sheet name: String) throws -> [CellAddress: Int64] {
        let grids = sheets.map { sheet in
            SheetGrid(
                name: sheet.name,
                rows: sheet.rows.enumerated().map { index, row in
                    Row(index: index, cells: row.cells.map { Cell(column: $0.column, value: $0.value, formula: $0.formula) })
                })
        }
        guard let sheetIndex = grids.firstIndex(where: { $0.name == name }) else { return [:] }
        var out: [CellAddress: Int64] = [:]
        for cell in FormulaEngine(sheets: grids).evaluate().cells where cell.sheet == sheetIndex {
            guard case .computed(.number(let value)) = cell.outcome, value == value.rounded(), let kroner = Int64(exactly: value) else {
                throw Unsupported(cell: "\(name)!\(cell.address.a1)", outcome: "\(cell.outcome)")
            }
            out[cell.address] = kroner
        }
        return out
    }
}
