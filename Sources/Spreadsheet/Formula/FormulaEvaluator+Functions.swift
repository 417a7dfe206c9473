#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The function calls: one switch, each case in the group file that holds its kind.
extension FormulaEvaluator {
    func call(_ function: FormulaFunction, _ a: [FormulaExpression]) -> FormulaOperand {
        switch function {
        // Aggregates
        case .sum: return .value(aggregate(a[...], .sum))
        case .average: return .value(aggregate(a[...], .average))
        case .averagea: return .value(aggregate(a[...], .average, rules: NumberRules(countsTextInRanges: true)))
        case .min: return .value(aggregate(a[...], .min))
        case .max: return .value(aggregate(a[...], .max))
        case .mina: return .value(aggregate(a[...], .min, rules: NumberRules(countsTextInRanges: true)))
        case .maxa: return .value(aggregate(a[...], .max, rules: NumberRules(countsTextInRanges: true)))
        case .product: return .value(aggregate(a[...], .product))
        case .sumsq: return .value(aggregate(a[...], .sumOfSquares))
        case .median: return .value(aggregate(a[...], .median))
        case .count: return .value(count(a))
        case .counta: return .value(countA(a))
        case .countblank: return .value(countBlank(a))
        case .subtotal: return .value(subtotal(a))
        case .sumproduct: return .value(sumProduct(a))
        case .large, .small: return .value(kth(a, largest: function == .large))
        case .sumif: return .value(conditional(a, kind: .sum, single: true))
        case .averageif: return .value(conditional(a, kind: .average, single: true))
        case .countif: return .value(countIfs(a))
        case .countifs: return .value(countIfs(a))
        case .sumifs: return .value(conditional(a, kind: .sum, single: false))
        case .averageifs: return .value(conditional(a, kind: .average, single: false))
        case .minifs: return .value(conditional(a, kind: .min, single: false))
        case .maxifs: return .value(conditional(a, kind: .max, single: false))
        // Maths
        case .round, .roundup, .rounddown: return .value(round(a, function))
        case .int: return .value(math1(a) { .number($0.rounded(.down)) })
        case .trunc: return .value(truncate(a))
        case .abs: return .value(math1(a) { .number(Swift.abs($0)) })
        case .sign: return .value(math1(a) { .number($0 > 0 ? 1 : $0 < 0 ? -1 : 0) })
        case .sqrt: return .value(math1(a) { $0 < 0 ? .error(.number) : .number($0.squareRoot()) })
        case .exp: return .value(math1(a) { .number(libmExp($0)) })
        case .ln: return .value(math1(a) { $0 <= 0 ? .error(.number) : .number(libmLog($0)) })
        case .log10: return .value(math1(a) { $0 <= 0 ? .error(.number) : .number(libmLog10($0)) })
        case .log: return .value(logarithm(a))
        case .pi: return .value(.number(Double.pi))
        case .power: return .value(math2(a) { x, y in self.apply(.power, .number(x), .number(y)) })
        case .mod:
            return .value(
                math2(a) { n, d in
                    guard d != 0 else { return .error(.divisionByZero) }
                    return .number(n - d * (n / d).rounded(.down))
                })
        case .quotient: return .value(math2(a) { n, d in d == 0 ? .error(.divisionByZero) : .number((n / d).rounded(.towardZero)) })
        case .even, .odd: return .value(evenOdd(a, even: function == .even))
        case .mround:
            return .value(
                math2(a) { n, m in
                    if m == 0 { return .number(0) }
                    if (n < 0) != (m < 0) && n != 0 { return .error(.number) }
                    return .number(Self.roundHalfAway(n / m) * m)
                })
        case .ceiling, .floor: return .value(ceilingFloor(a, up: function == .ceiling))
        case .fact:
            return .value(
                math1(a) { n in
                    guard n >= 0, n < 171 else { return .error(.number) }
                    var f = 1.0
                    var i = 2.0
                    while i <= n.rounded(.down) {
                        f *= i
                        i += 1
                    }
                    return .number(f)
                })
        // Logic and information
        case .if: return conditionalBranch(a)
        case .iferror, .ifna: return ifError(a, onlyNotAvailable: function == .ifna)
        case .ifs: return ifs(a)
        case .switch: return switchCase(a)
        case .choose: return choose(a)
        case .and, .or, .xor: return .value(logical(a, function))
        case .not:
            guard a.count == 1 else { return .value(.error(.value)) }
            switch truth(scalarArgument(a, 0)) {
            case .success(let b): return .value(.bool(!b))
            case .failure(let e): return .value(.error(e))
            }
        case .true: return .value(.bool(true))
        case .false: return .value(.bool(false))
        case .iserror, .iserr, .isna, .isblank, .isnumber, .istext, .isnontext, .islogical:
            return .value(.bool(information(a, function)))
        case .iseven, .isodd:
            return .value(math1(a) { n in .bool((Self.whole(n) % 2 == 0) == (function == .iseven)) })
        case .na: return .value(.error(.notAvailable))
        case .n:
            switch scalarArgument(a, 0) {
            case .number(let n): return .value(.number(n))
            case .bool(let b): return .value(.number(b ? 1 : 0))
            case .error(let e): return .value(.error(e))
            default: return .value(.number(0))
            }
        case .t:
            let v = scalarArgument(a, 0)
            if case .text = v { return .value(v) }
            if case .error = v { return .value(v) }
            return .value(.text(""))
        case .type:
            guard let first = a.first else { return .value(.error(.value)) }
            let operand = evaluate(first)
            if case .matrix = operand { return .value(.number(64)) }
            if case .area(let area) = operand, !area.isSingleCell { return .value(.number(64)) }
            switch scalar(operand) {
            case .number, .empty: return .value(.number(1))
            case .text: return .value(.number(2))
            case .bool: return .value(.number(4))
            case .error: return .value(.number(16))
            }
        case .errorType:
            if case .error(let e) = scalarArgument(a, 0) { return .value(.number(e.typeNumber)) }
            return .value(.error(.notAvailable))
        // Lookup and reference
        case .vlookup, .hlookup: return lookupTable(a, vertical: function == .vlookup)
        case .lookup: return lookupVector(a)
        case .match: return .value(match(a))
        case .xmatch: return .value(xmatch(a))
        case .xlookup: return xlookup(a)
        case .index: return index(a)
        case .row, .column: return rowColumn(a, row: function == .row)
        case .rows, .columns:
            guard let first = a.first else { return .value(.error(.value)) }
            let g = grid(evaluate(first))
            return .value(.number(Double(function == .rows ? g.rows : g.columns)))
        // Text
        case .concatenate: return .value(concatenate(a))
        case .concat: return .value(concat(a))
        case .textjoin: return .value(textJoin(a))
        case .len, .left, .right, .mid, .upper, .lower, .proper, .trim, .value, .exact, .find, .search,
            .substitute, .replace, .rept, .char, .code:
            return .value(textFunction(a, function))
        // Dates
        case .date, .year, .month, .day, .time, .hour, .minute, .second, .weekday, .edate, .eomonth:
            return .value(dateFunction(a, function))
        }
    }

    // MARK: - Maths helpers

    func math1(_ a: [FormulaExpression], _ f: (Double) -> FormulaValue) -> FormulaValue {
        guard a.count == 1 else { return .error(.value) }
        switch numberArgument(a, 0) {
        case .success(let x): return f(x)
        case .failure(let e): return .error(e)
        }
    }

    func math2(_ a: [FormulaExpression], _ f: (Double, Double) -> FormulaValue) -> FormulaValue {
        guard a.count == 2 else { return .error(.value) }
        let x = numberArgument(a, 0)
        let y = numberArgument(a, 1)
        switch (x, y) {
        case (.failure(let e), _), (_, .failure(let e)): return .error(e)
        case (.success(let x), .success(let y)):
            let v = f(x, y)
            if case .number(let n) = v, !n.isFinite { return .error(.number) }
            return v
        }
    }

    private func libmExp(_ x: Double) -> Double { exp(x) }
    private func libmLog(_ x: Double) -> Double { log(x) }
    private func libmLog10(_ x: Double) -> Double { log10(x) }

    private func logarithm(_ a: [FormulaExpression]) -> FormulaValue {
        guard (1...2).contains(a.count) else { return .error(.value) }
        switch (numberArgument(a, 0), numberArgument(a, 1, default: 10)) {
        case (.failure(let e), _), (_, .failure(let e)): return .error(e)
        case (.success(let x), .success(let base)):
            guard x > 0, base > 0 else { return .error(.number) }
            guard base != 1 else { return .error(.divisionByZero) }
            return .number(log(x) / log(base))
        }
    }

    /// `x` rounded half away from zero, after cutting it to the 15 significant digits a
    /// spreadsheet keeps (so that 2.675 × 100 = 267.49999… rounds to 268, as Excel shows it).
    static func roundHalfAway(_ x: Double) -> Double {
        significant15(x).rounded(.toNearestOrAwayFromZero)
    }

    /// `x` cut to 15 significant digits.
    static func significant15(_ x: Double) -> Double {
        guard x.isFinite, x != 0, Swift.abs(x) < 1e15 else { return x }
        let magnitude = Double(Int(floor(log10(Swift.abs(x)))))
        let scale = pow(10, 14 - magnitude)
        let scaled = (x * scale).rounded()
        let back = scaled / scale
        return back.isFinite ? back : x
    }

    private func round(_ a: [FormulaExpression], _ function: FormulaFunction) -> FormulaValue {
        math2(a) { x, d in
            let digits = d.rounded(.towardZero)
            guard Swift.abs(digits) < 310 else { return .number(x) }
            let factor = pow(10, Swift.abs(digits))
            let scaled = Self.significant15(digits >= 0 ? x * factor : x / factor)
            let r: Double
            switch function {
            case .roundup: r = scaled < 0 ? scaled.rounded(.down) : scaled.rounded(.up)
            case .rounddown: r = scaled.rounded(.towardZero)
            default: r = scaled.rounded(.toNearestOrAwayFromZero)
            }
            return .number(digits >= 0 ? r / factor : r * factor)
        }
    }

    private func truncate(_ a: [FormulaExpression]) -> FormulaValue {
        guard (1...2).contains(a.count) else { return .error(.value) }
        switch (numberArgument(a, 0), numberArgument(a, 1, default: 0)) {
        case (.failure(let e), _), (_, .failure(let e)): return .error(e)
        case (.success(let x), .success(let d)):
            let digits = d.rounded(.towardZero)
            let factor = pow(10, Swift.abs(digits))
            let scaled = Self.significant15(digits >= 0 ? x * factor : x / factor).rounded(.towardZero)
            return .number(digits >= 0 ? scaled / factor : scaled * factor)
        }
    }

    private func evenOdd(_ a: [FormulaExpression], even: Bool) -> FormulaValue {
        math1(a) { x in
            let sign: Double = x < 0 ? -1 : 1
            var n = Swift.abs(x).rounded(.up)
            if even {
                if n.truncatingRemainder(dividingBy: 2) != 0 { n += 1 }
            } else {
                if n.truncatingRemainder(dividingBy: 2) == 0 { n += 1 }
            }
            return .number(sign * n)
        }
    }

    private func ceilingFloor(_ a: [FormulaExpression], up: Bool) -> FormulaValue {
        guard (1...2).contains(a.count) else { return .error(.value) }
        switch (numberArgument(a, 0), numberArgument(a, 1, default: 1)) {
        case (.failure(let e), _), (_, .failure(let e)): return .error(e)
        case (.success(let x), .success(let s)):
            if s == 0 { return up ? .number(0) : .error(.divisionByZero) }
            if x > 0 && s < 0 { return .error(.number) }
            let q = Self.significant15(x / s)
            let n = up ? (x < 0 && s < 0 ? q.rounded(.up) : q.rounded(.up)) : q.rounded(.down)
            return .number(n * s)
        }
    }
}
