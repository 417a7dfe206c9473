import Spreadsheet

/// What the formula engine changed in a workbook before its tables were read: formulas
/// the file saved no value for take the value they compute (a workbook written by a
/// script), and formulas whose saved value is not what they compute are noted (a file
/// edited by a program that does not recalculate). Saved values are otherwise kept:
/// they are what the partner saw.
public struct FormulaValues: Hashable, Sendable {
    /// A formula whose saved value differs from the value it computes.
    public struct Stale: Hashable, Sendable {
        /// The cell.
        public var cell: SheetCell
        /// The formula, without `=`.
        public var formula: String
        /// The value the file saved.
        public var saved: CellValue
        /// The value the formula computes.
        public var computed: FormulaValue
    }

    /// Formula cells without a saved value that took the computed one.
    public var filled: [SheetCell] = []
    /// Formulas whose saved value is stale.
    public var stale: [Stale] = []

    /// Computes the formulas of `grids` (the worksheets of `workbook`, in order) and fills in
    /// the values the file did not save. A workbook without formulas is returned unchanged.
    static func fill(_ grids: [SheetGrid], of workbook: XLSXWorkbook) -> (grids: [SheetGrid], values: FormulaValues) {
        guard grids.contains(where: { $0.rows.contains { $0.cells.contains { $0.formula != nil } } }) else {
            return (grids, FormulaValues())
        }
        // The engine sees every sheet at its workbook position (defined names count sheets so).
        var all: [SheetGrid] = []
        var positions: [Int] = []
        var next = 0
        for sheet in workbook.sheets {
            if sheet.kind == .worksheet, next < grids.count {
                positions.append(all.count)
                all.append(grids[next])
                next += 1
            } else {
                all.append(SheetGrid(name: sheet.name))
            }
        }
        let results = FormulaEngine(sheets: all, definedNames: workbook.definedNames, dateSystem: workbook.dateSystem).evaluate()
        var values = FormulaValues()
        var missing = FormulaResults(cells: [], dateSystem: results.dateSystem)
        for result in results.cells {
            guard let computed = result.outcome.value else { continue }
            let cell = SheetCell(sheet: result.sheetName, address: result.address)
            if result.cached.isEmpty {
                values.filled.append(cell)
                missing.cells.append(result)
            } else if !FormulaCheck.agrees(computed, result.cached) {
                values.stale.append(Stale(cell: cell, formula: result.formula, saved: result.cached, computed: computed))
            }
        }
        guard !missing.cells.isEmpty else { return (grids, values) }
        let filled = missing.applied(to: all)
        return (positions.map { filled[$0] }, values)
    }
}
