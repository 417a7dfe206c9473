import Spreadsheet

/// Sheets for formula tests, built from `A1 → content` pairs: text starting with `=` is a
/// formula, other text a string, `Int` an integer, `Double` a number, `Bool` a boolean.
enum FormulaFixture {
    static func grid(_ cells: [String: Any]) -> SheetGrid { grid("Ark1", cells) }

    static func grid(_ name: String, _ cells: [String: Any]) -> SheetGrid {
        var rows: [Int: [Cell]] = [:]
        for (a1, content) in cells {
            let address = CellAddress(a1)!
            let cell: Cell
            switch content {
            case let text as String where text.hasPrefix("="): cell = Cell(column: address.column, value: .empty, formula: String(text.dropFirst()))
            case let text as String: cell = Cell(column: address.column, value: .string(text))
            case let number as Int: cell = Cell(column: address.column, value: .integer(Int64(number)))
            case let number as Double: cell = Cell(column: address.column, value: .number(number))
            case let flag as Bool: cell = Cell(column: address.column, value: .bool(flag))
            case let value as CellValue: cell = Cell(column: address.column, value: value)
            case let prepared as Cell:
                cell = Cell(
                    column: address.column, value: prepared.value, formula: prepared.formula,
                    arrayRange: prepared.arrayRange)
            default: fatalError("unsupported fixture content \(content)")
            }
            rows[address.row, default: []].append(cell)
        }
        return SheetGrid(name: name, rows: rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) })
    }

    /// The results of every formula of `sheets`.
    static func results(_ sheets: [SheetGrid], names: [DefinedName] = []) -> FormulaResults {
        FormulaEngine(sheets: sheets, definedNames: names).evaluate()
    }

    /// What `formula` computes in cell Z100 of a sheet holding `cells`.
    static func value(_ formula: String, _ cells: [String: Any] = [:], at cell: String = "Z100") -> FormulaOutcome {
        var all = cells
        all[cell] = "=" + formula
        let evaluated = results([grid(all)])
        return evaluated.result(sheet: 0, address: CellAddress(cell)!)!.outcome
    }
}

extension FormulaOutcome {
    /// Shorthands for expectations.
    static func n(_ value: Double) -> FormulaOutcome { .computed(.number(value)) }
    static func s(_ value: String) -> FormulaOutcome { .computed(.text(value)) }
    static func b(_ value: Bool) -> FormulaOutcome { .computed(.bool(value)) }
    static func e(_ value: FormulaError) -> FormulaOutcome { .computed(.error(value)) }
}
