#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Evaluates parsed formulas over a ``FormulaCellStore`` with Excel's semantics.
///
/// Cells are read by integer position only; a formula's precedents are computed before
/// it (``FormulaEngine`` sees to that), so a read is a lookup, never a recursion.
final class FormulaEvaluator {
    var store: FormulaCellStore
    let dateSystem: DateSystem
    /// Cells whose formula calls `SUBTOTAL` (which other `SUBTOTAL`s leave out).
    let isSubtotalCell: [Bool]

    /// The formula being evaluated: for implicit intersection, `ROW()` and `COLUMN()`.
    private(set) var sheet = 0
    private(set) var row = 0
    private(set) var column = 0
    /// Above zero inside arguments that take arrays (`SUMPRODUCT`): operators then work element by element.
    var arrayDepth = 0

    /// Cells an array may hold before the evaluator refuses (`#NUM!`) rather than exhaust memory.
    static let maxArrayCells = 4_000_000

    init(store: FormulaCellStore, dateSystem: DateSystem, isSubtotalCell: [Bool]) {
        self.store = store
        self.dateSystem = dateSystem
        self.isSubtotalCell = isSubtotalCell
    }

    /// The value of the formula in cell (`sheet`, `row`, `column`): a blank comes out as 0,
    /// a range as the cell the formula's row or column meets (implicit intersection).
    func evaluateFormula(_ expression: FormulaExpression, sheet: Int, row: Int, column: Int) -> FormulaValue {
        self.sheet = sheet
        self.row = row
        self.column = column
        arrayDepth = 0
        let value = scalar(evaluate(expression))
        if case .empty = value { return .number(0) }
        if case .number(let n) = value, !n.isFinite { return .error(.number) }
        return value
    }

    /// The values of an array formula filling `rows` × `columns` cells from (`sheet`, `row`, `column`):
    /// operators work element by element; a result smaller than the range repeats a single row
    /// or column and gives `#N/A` elsewhere, as in Excel.
    func evaluateArrayFormula(_ expression: FormulaExpression, sheet: Int, row: Int, column: Int, rows: Int, columns: Int) -> FormulaMatrix {
        self.sheet = sheet
        self.row = row
        self.column = column
        arrayDepth = 1
        defer { arrayDepth = 0 }
        let operand = evaluate(expression)
        let m = matrixIfPlural(operand) ?? FormulaMatrix(rows: 1, columns: 1, values: [scalar(operand)])
        var values: [FormulaValue] = []
        values.reserveCapacity(rows * columns)
        for r in 0..<rows {
            for c in 0..<columns {
                let rr = m.rows == 1 ? 0 : r
                let cc = m.columns == 1 ? 0 : c
                var v = rr < m.rows && cc < m.columns ? m[rr, cc] : .error(.notAvailable)
                if case .empty = v { v = .number(0) }
                if case .number(let n) = v, !n.isFinite { v = .error(.number) }
                values.append(v)
            }
        }
        return FormulaMatrix(rows: rows, columns: columns, values: values)
    }

    // MARK: - Expressions

    func evaluate(_ expression: FormulaExpression) -> FormulaOperand {
        switch expression {
        case .number(let n): return .value(.number(n))
        case .text(let s): return .value(.text(s))
        case .bool(let b): return .value(.bool(b))
        case .error(let e): return .value(.error(e))
        case .missing: return .value(.empty)
        case .array(let m): return .matrix(m)
        case .area(let a): return .area(a)
        case .unsupported: return .value(.error(.name))
        case .negate(let inner):
            return unary(evaluate(inner)) { v in
                guard case .number(let n) = v else { return v }
                return .number(-n)
            }
        case .identity(let inner):
            return evaluate(inner)
        case .percent(let inner):
            return unary(evaluate(inner)) { v in
                guard case .number(let n) = v else { return v }
                return .number(n / 100)
            }
        case .binary(let op, let a, let b):
            return binary(op, evaluate(a), evaluate(b))
        case .range(let a, let b):
            guard case .area(let x) = evaluate(a), case .area(let y) = evaluate(b), let area = x.spanning(y) else {
                return .value(.error(.value))
            }
            return .area(area)
        case .intersect(let a, let b):
            guard case .area(let x) = evaluate(a), case .area(let y) = evaluate(b) else { return .value(.error(.value)) }
            guard let area = x.intersection(y) else { return .value(.error(.null)) }
            return .area(area)
        case .call(let function, let arguments):
            return call(function, arguments)
        }
    }

    /// A unary operator: converts its operand to a number, element by element in arrays.
    private func unary(_ operand: FormulaOperand, _ apply: (FormulaValue) -> FormulaValue) -> FormulaOperand {
        if arrayDepth > 0, let m = matrixIfPlural(operand) {
            return .matrix(FormulaMatrix(rows: m.rows, columns: m.columns, values: m.values.map { apply(toNumber($0)) }))
        }
        return .value(apply(toNumber(scalar(operand))))
    }

    private func binary(_ op: FormulaOperator, _ a: FormulaOperand, _ b: FormulaOperand) -> FormulaOperand {
        if arrayDepth > 0 || isMatrix(a) || isMatrix(b) {
            let x = matrixIfPlural(a)
            let y = matrixIfPlural(b)
            if x != nil || y != nil {
                let left = x ?? FormulaMatrix(rows: 1, columns: 1, values: [scalar(a)])
                let right = y ?? FormulaMatrix(rows: 1, columns: 1, values: [scalar(b)])
                return .matrix(elementwise(left, right) { self.apply(op, $0, $1) })
            }
        }
        return .value(apply(op, scalar(a), scalar(b)))
    }

    private func isMatrix(_ operand: FormulaOperand) -> Bool {
        if case .matrix(let m) = operand { return m.rows * m.columns > 1 }
        return false
    }

    /// Two arrays combined element by element; a single row or column stretches, as in Excel;
    /// positions outside a smaller array give `#N/A`.
    private func elementwise(_ a: FormulaMatrix, _ b: FormulaMatrix, _ f: (FormulaValue, FormulaValue) -> FormulaValue) -> FormulaMatrix {
        let rows = a.rows == 1 ? b.rows : b.rows == 1 ? a.rows : max(a.rows, b.rows)
        let columns = a.columns == 1 ? b.columns : b.columns == 1 ? a.columns : max(a.columns, b.columns)
        var values: [FormulaValue] = []
        values.reserveCapacity(rows * columns)
        func element(_ m: FormulaMatrix, _ r: Int, _ c: Int) -> FormulaValue {
            let rr = m.rows == 1 ? 0 : r
            let cc = m.columns == 1 ? 0 : c
            return rr < m.rows && cc < m.columns ? m[rr, cc] : .error(.notAvailable)
        }
        for r in 0..<rows {
            for c in 0..<columns { values.append(f(element(a, r, c), element(b, r, c))) }
        }
        return FormulaMatrix(rows: rows, columns: columns, values: values)
    }

    /// Applies a binary operator to two values: the left error first, then the right one.
    func apply(_ op: FormulaOperator, _ a: FormulaValue, _ b: FormulaValue) -> FormulaValue {
        if case .error = a { return a }
        if case .error = b { return b }
        switch op {
        case .concatenate:
            return .text(text(a) + text(b))
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let order = compare(a, b)
            switch op {
            case .equal: return .bool(order == 0)
            case .notEqual: return .bool(order != 0)
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        default:
            break
        }
        guard case .number(let x) = toNumber(a) else { return toNumber(a) }
        guard case .number(let y) = toNumber(b) else { return toNumber(b) }
        let result: Double
        switch op {
        case .add: result = Self.approximateSum(x, y)
        case .subtract: result = Self.approximateSum(x, -y)
        case .multiply: result = x * y
        case .divide:
            guard y != 0 else { return .error(.divisionByZero) }
            result = x / y
        case .power:
            if x == 0 && y == 0 { return .error(.number) }
            if x == 0 && y < 0 { return .error(.divisionByZero) }
            result = pow(x, y)
        default: return .error(.value)
        }
        return result.isFinite ? .number(result) : .error(.number)
    }

    /// `x + y`, with Excel's correction: a sum that is zero but for the last bits of
    /// its operands' precision is zero (`0.1+0.2-0.3` is 0).
    static func approximateSum(_ x: Double, _ y: Double) -> Double {
        let sum = x + y
        if (x < 0) != (y < 0), sum != 0, Swift.abs(sum) <= Swift.max(Swift.abs(x), Swift.abs(y)) * 0x1p-49 { return 0 }
        return sum
    }

    // MARK: - Conversions

    /// The single value an operand stands for where one value is wanted: a one-cell range's
    /// value, a range's cell in the formula's row or column (implicit intersection), an array's first element.
    func scalar(_ operand: FormulaOperand) -> FormulaValue {
        switch operand {
        case .value(let v): return v
        case .matrix(let m): return m.values.first ?? .error(.value)
        case .area(let a):
            if a.isSingleCell { return store.value(sheet: a.sheet, row: a.top, column: a.left) }
            if a.columns == 1 && a.contains(row: row, column: a.left) { return store.value(sheet: a.sheet, row: row, column: a.left) }
            if a.rows == 1 && a.contains(row: a.top, column: column) { return store.value(sheet: a.sheet, row: a.top, column: column) }
            return .error(.value)
        }
    }

    /// The operand's values as an array when it holds more than one (a range or an array); `nil` for a single value.
    func matrixIfPlural(_ operand: FormulaOperand) -> FormulaMatrix? {
        switch operand {
        case .value: return nil
        case .matrix(let m): return m
        case .area(let a):
            if a.isSingleCell { return nil }
            return matrix(of: a)
        }
    }

    /// The values of a range, row by row (whole columns cut at the sheet's last row).
    func matrix(of area: FormulaArea) -> FormulaMatrix {
        let a = store.trimmed(area)
        guard a.count <= Self.maxArrayCells else { return FormulaMatrix(rows: 1, columns: 1, values: [.error(.number)]) }
        var values = [FormulaValue](repeating: .empty, count: a.count)
        store.forEachCell(in: a) { r, c, id in values[(r - a.top) * a.columns + (c - a.left)] = store.values[id] }
        return FormulaMatrix(rows: a.rows, columns: a.columns, values: values)
    }

    /// A value as a number the way `+` converts it: blank → 0, TRUE → 1, number text → its number, other text → `#VALUE!`.
    func toNumber(_ value: FormulaValue) -> FormulaValue {
        switch value {
        case .number, .error: return value
        case .empty: return .number(0)
        case .bool(let b): return .number(b ? 1 : 0)
        case .text(let s):
            if let n = FormulaNumberText.number(from: s) ?? dateOrTime(from: s) { return .number(n) }
            return .error(.value)
        }
    }

    /// A number argument, or the error that stops the function.
    func number(_ value: FormulaValue) -> Result<Double, FormulaError> {
        switch toNumber(value) {
        case .number(let n): return .success(n)
        case .error(let e): return .failure(e)
        default: return .failure(.value)
        }
    }

    /// A value as text the way `&` converts it.
    func text(_ value: FormulaValue) -> String {
        switch value {
        case .empty: return ""
        case .number(let n): return FormulaNumberText.general(n)
        case .text(let s): return s
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e.rawValue
        }
    }

    /// A value as a condition (`IF`, `AND`): numbers are true unless 0; "TRUE"/"FALSE" text counts.
    func truth(_ value: FormulaValue) -> Result<Bool, FormulaError> {
        switch value {
        case .empty: return .success(false)
        case .bool(let b): return .success(b)
        case .number(let n): return .success(n != 0)
        case .error(let e): return .failure(e)
        case .text(let s):
            switch s.uppercased() {
            case "TRUE": return .success(true)
            case "FALSE": return .success(false)
            default: return .failure(.value)
            }
        }
    }

    /// Excel's comparison order: numbers < text < booleans; text ignores case; a blank is 0, "" or FALSE.
    func compare(_ a: FormulaValue, _ b: FormulaValue) -> Int {
        var a = a
        var b = b
        if case .empty = a {
            switch b {
            case .number: a = .number(0)
            case .text: a = .text("")
            case .bool: a = .bool(false)
            default: return 0
            }
        }
        if case .empty = b {
            switch a {
            case .number: b = .number(0)
            case .text: b = .text("")
            case .bool: b = .bool(false)
            default: return 0
            }
        }
        func rank(_ v: FormulaValue) -> Int {
            switch v {
            case .number: return 0
            case .text: return 1
            case .bool: return 2
            default: return 3
            }
        }
        let ra = rank(a)
        let rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.number(let x), .number(let y)):
            if x == y || Self.nearlyEqual(x, y) { return 0 }
            return x < y ? -1 : 1
        case (.text(let x), .text(let y)):
            let lx = x.lowercased()
            let ly = y.lowercased()
            return lx == ly ? 0 : (lx < ly ? -1 : 1)
        case (.bool(let x), .bool(let y)):
            return x == y ? 0 : (!x ? -1 : 1)
        default:
            return 0
        }
    }

    /// `x` rounded by `rule` to a whole number that fits comfortably in an `Int`
    /// (huge values are clamped, NaN is 0): indices and counts taken from any number.
    static func whole(_ x: Double, _ rule: FloatingPointRoundingRule = .towardZero) -> Int {
        guard !x.isNaN else { return 0 }
        return Int(Swift.max(Swift.min(x, 1e15), -1e15).rounded(rule))
    }

    /// Equal to the 15 significant digits a spreadsheet keeps.
    static func nearlyEqual(_ x: Double, _ y: Double) -> Bool {
        Swift.abs(x - y) <= Swift.max(Swift.abs(x), Swift.abs(y)) * 1e-15
    }

    /// A date or time written as text (`2024-03-01`, `13:30`, `13:30:15`) as a serial; `nil` otherwise.
    func dateOrTime(from text: String) -> Double? {
        let s = text.trimmingSpaces
        let dateParts = s.split(separator: "-", omittingEmptySubsequences: false)
        if dateParts.count == 3, dateParts[0].count == 4,
            let y = Int(dateParts[0]), let m = Int(dateParts[1]), let d = Int(dateParts[2]),
            (1...12).contains(m), (1...31).contains(d)
        {
            return serial(year: y, month: m, day: d)
        }
        let timeParts = s.split(separator: ":", omittingEmptySubsequences: false)
        if (2...3).contains(timeParts.count), timeParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            let h = Int(timeParts[0]), let m = Int(timeParts[1]), m < 60
        {
            let sec = timeParts.count == 3 ? Int(timeParts[2]) ?? 0 : 0
            guard sec < 60 else { return nil }
            return Double(h * 3600 + m * 60 + sec) / 86_400
        }
        return nil
    }

    /// The serial of a calendar date in the workbook's date system (months and days may overflow,
    /// as in `DATE`: days count on from the first of the month, through Excel's 1900-02-29).
    func serial(year: Int, month: Int, day: Int) -> Double? {
        let months = year * 12 + (month - 1)
        let y = months >= 0 ? months / 12 : (months - 11) / 12
        let m = months - y * 12 + 1
        let first = SpreadsheetDate.daysFromCivil(year: y, month: m, day: 1)
        switch dateSystem {
        case .date1900:
            var serial = first - SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: 30)
            if serial < 61 { serial -= 1 }
            serial += day - 1
            return serial >= 0 ? Double(serial) : nil
        case .date1904:
            let serial = first - SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1) + day - 1
            return serial >= 0 ? Double(serial) : nil
        }
    }

    /// The calendar date of a serial (Excel's 1900-02-29 and 1900-01-00 included).
    func civil(_ serial: Double) -> (year: Int, month: Int, day: Int)? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        let day = Self.whole(serial, .down)
        switch dateSystem {
        case .date1900:
            if day == 0 { return (1900, 1, 0) }
            if day == 60 { return (1900, 2, 29) }
            let base = SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: day < 60 ? 31 : 30)
            let (y, m, d) = SpreadsheetDate.civilFromDays(base + day)
            return (y, m, d)
        case .date1904:
            let (y, m, d) = SpreadsheetDate.civilFromDays(SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1) + day)
            return (y, m, d)
        }
    }
}
