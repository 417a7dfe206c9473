/// What a plain sum formula adds up: the shape of a total (`SUM(C4:C9)`, `SUM(C4:C6,C8)`,
/// `SUBTOTAL(9,C4:C9)`, `C4+C5+C6`), for checking that a total covers the rows it should.
public struct FormulaSum: Hashable, Sendable {
    /// The ranges added up, on the formula's own sheet.
    public var ranges: [CellRange]
    /// Whether the sum leaves out other subtotals in its ranges (`SUBTOTAL`), so that a
    /// subtotal inside the range is not counted twice.
    public var skipsSubtotals: Bool

    /// The sum `formula` (text as stored, without `=`) is, or `nil` when it is anything else:
    /// another function, arithmetic other than `+`, a reference to another sheet or a name.
    public init?(_ formula: String) {
        let context = FormulaParseContext(sheetIndices: [:]) { _, _ in nil }
        var parser = FormulaParser(formula, sheet: 0, context: context)
        var ranges: [CellRange] = []
        var skips = false
        func collect(_ e: FormulaExpression, top: Bool) -> Bool {
            switch e {
            case .area(let a):
                guard a.sheet == 0 else { return false }
                ranges.append(CellRange(start: CellAddress(row: a.top, column: a.left), end: CellAddress(row: a.bottom, column: a.right)))
                return true
            case .binary(.add, let x, let y):
                return collect(x, top: false) && collect(y, top: false)
            case .call(.sum, let arguments) where top:
                return !arguments.isEmpty && arguments.allSatisfy { collect($0, top: false) }
            case .call(.subtotal, let arguments) where top:
                guard arguments.count >= 2, case .number(let code) = arguments[0], code == 9 || code == 109 else { return false }
                skips = true
                return arguments.dropFirst().allSatisfy { collect($0, top: false) }
            default:
                return false
            }
        }
        guard collect(parser.parse(), top: true), !ranges.isEmpty else { return nil }
        self.ranges = ranges
        self.skipsSubtotals = skips
    }

    /// The rows the sum covers in `column`.
    public func rows(inColumn column: Int) -> Set<Int> {
        var out = Set<Int>()
        for range in ranges where range.start.column <= column && column <= range.end.column {
            out.formUnion(range.start.row...range.end.row)
        }
        return out
    }
}
