/// A rectangle of cells on one sheet, resolved to indices when the formula is parsed
/// (zero-based; a single cell has `top == bottom` and `left == right`).
struct FormulaArea: Hashable, Sendable {
    var sheet: Int
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int

    var rows: Int { bottom - top + 1 }
    var columns: Int { right - left + 1 }
    var isSingleCell: Bool { top == bottom && left == right }
    var count: Int { rows * columns }

    func contains(row: Int, column: Int) -> Bool {
        row >= top && row <= bottom && column >= left && column <= right
    }

    /// The smallest area holding both (`A1:B2:C5`); `nil` across sheets.
    func spanning(_ other: FormulaArea) -> FormulaArea? {
        guard sheet == other.sheet else { return nil }
        return FormulaArea(
            sheet: sheet, top: min(top, other.top), left: min(left, other.left),
            bottom: max(bottom, other.bottom), right: max(right, other.right))
    }

    /// The cells both hold (the space operator); `nil` when none.
    func intersection(_ other: FormulaArea) -> FormulaArea? {
        guard sheet == other.sheet else { return nil }
        let area = FormulaArea(
            sheet: sheet, top: max(top, other.top), left: max(left, other.left),
            bottom: min(bottom, other.bottom), right: min(right, other.right))
        return area.top <= area.bottom && area.left <= area.right ? area : nil
    }
}

/// The binary operators of a formula.
enum FormulaOperator: Sendable {
    case add, subtract, multiply, divide, power, concatenate
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}

/// A parsed formula: references already resolved to sheet indices and cell positions,
/// function names to ``FormulaFunction`` cases, defined names to what they stand for.
indirect enum FormulaExpression: Sendable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case error(FormulaError)
    /// An argument left out (`IF(A1,,2)`).
    case missing
    /// An array constant `{1,2;3,4}`, row by row.
    case array(FormulaMatrix)
    /// A cell or a range.
    case area(FormulaArea)
    case binary(FormulaOperator, FormulaExpression, FormulaExpression)
    case negate(FormulaExpression)
    /// Unary plus: the value as it is, not converted.
    case identity(FormulaExpression)
    case percent(FormulaExpression)
    /// `:` between expressions that are not both plain references (`A1:INDEX(…)`).
    case range(FormulaExpression, FormulaExpression)
    /// The space operator.
    case intersect(FormulaExpression, FormulaExpression)
    case call(FormulaFunction, [FormulaExpression])
    /// Something the engine does not compute (an unknown function, an external or
    /// structured reference); the formula is reported, never guessed.
    case unsupported(String)
}

/// A rectangular block of values: an array constant, or a range's values.
struct FormulaMatrix: Hashable, Sendable {
    var rows: Int
    var columns: Int
    /// Row by row.
    var values: [FormulaValue]

    subscript(row: Int, column: Int) -> FormulaValue { values[row * columns + column] }
}
