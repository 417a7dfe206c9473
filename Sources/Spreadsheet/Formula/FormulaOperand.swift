/// What an expression evaluates to before it is used: a value, a reference to cells
/// (so that functions such as `SUM`, `ROW` or `INDEX` see the cells, not just a value),
/// or an array of values.
enum FormulaOperand {
    case value(FormulaValue)
    case area(FormulaArea)
    case matrix(FormulaMatrix)
}

/// A rectangle of values to walk by position: a range's cells, an array, or one value.
struct FormulaGrid {
    enum Source {
        case area(FormulaArea)
        case matrix(FormulaMatrix)
        case value(FormulaValue)
    }

    var source: Source
    var rows: Int
    var columns: Int

    init(_ source: Source) {
        self.source = source
        switch source {
        case .area(let a):
            rows = a.rows
            columns = a.columns
        case .matrix(let m):
            rows = m.rows
            columns = m.columns
        case .value:
            rows = 1
            columns = 1
        }
    }

    var count: Int { rows * columns }
    var isReference: Bool { if case .area = source { return true } else { return false } }
}
