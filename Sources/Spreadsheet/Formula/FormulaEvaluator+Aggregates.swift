/// SUM, AVERAGE, COUNT and their kin, SUBTOTAL, SUMPRODUCT and the conditional aggregates.
extension FormulaEvaluator {
    enum Aggregate { case sum, average, min, max, product, sumOfSquares, median, count, counta, stdev, stdevp, variance, variancep }

    func aggregate(_ arguments: ArraySlice<FormulaExpression>, _ kind: Aggregate, rules: NumberRules = NumberRules()) -> FormulaValue {
        switch kind {
        case .median, .stdev, .stdevp, .variance, .variancep:
            switch numbers(arguments, rules: rules) {
            case .failure(let e): return .error(e)
            case .success(let values): return Self.statistic(values, kind)
            }
        default:
            break
        }
        var total = 0.0
        var n = 0
        var low = Double.infinity
        var high = -Double.infinity
        var product = 1.0
        let failure = forEachNumber(arguments, rules: rules) { x in
            total += kind == .sumOfSquares ? x * x : x
            product *= x
            low = Swift.min(low, x)
            high = Swift.max(high, x)
            n += 1
        }
        if let failure { return .error(failure) }
        switch kind {
        case .sum, .sumOfSquares: return .number(total)
        case .average: return n == 0 ? .error(.divisionByZero) : .number(total / Double(n))
        case .min: return .number(n == 0 ? 0 : low)
        case .max: return .number(n == 0 ? 0 : high)
        case .product: return .number(n == 0 ? 0 : product)
        default: return .number(total)
        }
    }

    static func statistic(_ values: [Double], _ kind: Aggregate) -> FormulaValue {
        switch kind {
        case .median:
            guard !values.isEmpty else { return .error(.number) }
            let sorted = values.sorted()
            let mid = sorted.count / 2
            return .number(sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2)
        case .stdev, .stdevp, .variance, .variancep:
            let sample = kind == .stdev || kind == .variance
            guard values.count > (sample ? 1 : 0) else { return .error(.divisionByZero) }
            let mean = values.reduce(0, +) / Double(values.count)
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let variance = squares / Double(values.count - (sample ? 1 : 0))
            return .number(kind == .stdev || kind == .stdevp ? variance.squareRoot() : variance)
        default:
            return .error(.value)
        }
    }

    /// COUNT: numbers in ranges; typed arguments that are numbers, booleans or number text.
    func count(_ arguments: [FormulaExpression], skipsSubtotals: Bool = false) -> FormulaValue {
        var n = 0
        for argument in arguments {
            switch evaluate(argument) {
            case .value(let v):
                if isMissing(argument) { continue }
                if case .number = toNumber(v) { n += 1 }
            case .area(let a):
                store.forEachCell(in: a) { _, _, id in
                    if skipsSubtotals && isSubtotalCell[id] { return }
                    if case .number = store.values[id] { n += 1 }
                }
            case .matrix(let m):
                for v in m.values { if case .number = v { n += 1 } }
            }
        }
        return .number(Double(n))
    }

    /// COUNTA: everything that is not blank (an empty text from a formula counts).
    func countA(_ arguments: [FormulaExpression], skipsSubtotals: Bool = false) -> FormulaValue {
        var n = 0
        for argument in arguments {
            switch evaluate(argument) {
            case .value(let v):
                if isMissing(argument) { continue }
                if case .empty = v { continue }
                n += 1
            case .area(let a):
                store.forEachCell(in: a) { _, _, id in
                    if skipsSubtotals && isSubtotalCell[id] { return }
                    if case .empty = store.values[id] { return }
                    n += 1
                }
            case .matrix(let m):
                for v in m.values {
                    if case .empty = v { continue }
                    n += 1
                }
            }
        }
        return .number(Double(n))
    }

    /// COUNTBLANK: blank cells and empty text.
    func countBlank(_ arguments: [FormulaExpression]) -> FormulaValue {
        guard arguments.count == 1, case .area(let a) = evaluate(arguments[0]) else { return .error(.value) }
        var filled = 0
        store.forEachCell(in: a) { _, _, id in
            switch store.values[id] {
            case .empty: break
            case .text(let s) where s.isEmpty: break
            default: filled += 1
            }
        }
        return .number(Double(a.count - filled))
    }

    /// SUBTOTAL(function, ranges…): 1–11 and 101–111; cells holding SUBTOTAL formulas are left out.
    /// (The 101–111 forms also leave out hidden rows, which this engine does not see: they count.)
    func subtotal(_ arguments: [FormulaExpression]) -> FormulaValue {
        guard arguments.count >= 2 else { return .error(.value) }
        guard case .success(let code) = numberArgument(arguments, 0) else { return .error(.value) }
        let rest = arguments[1...]
        let rules = NumberRules(skipsSubtotals: true)
        let kind: Aggregate
        switch Self.whole(code) % 100 {
        case 1: kind = .average
        case 2: return count(Array(rest), skipsSubtotals: true)
        case 3: return countA(Array(rest), skipsSubtotals: true)
        case 4: kind = .max
        case 5: kind = .min
        case 6: kind = .product
        case 7: kind = .stdev
        case 8: kind = .stdevp
        case 9: kind = .sum
        case 10: kind = .variance
        case 11: kind = .variancep
        default: return .error(.value)
        }
        guard Self.whole(code) / 100 <= 1, code >= 1 else { return .error(.value) }
        return aggregate(rest, kind, rules: rules)
    }

    /// SUMPRODUCT: arrays of one shape multiplied element by element and summed; non-numbers count as 0.
    func sumProduct(_ arguments: [FormulaExpression]) -> FormulaValue {
        guard !arguments.isEmpty else { return .error(.value) }
        arrayDepth += 1
        defer { arrayDepth -= 1 }
        var matrices: [FormulaMatrix] = []
        var shape: (rows: Int, columns: Int)?
        for argument in arguments {
            let operand = evaluate(argument)
            // Ranges must have one shape (arrays made from whole columns are cut, and padded below).
            if case .area(let area) = operand {
                if let shape, shape != (area.rows, area.columns) { return .error(.value) }
                shape = (area.rows, area.columns)
            }
            let m = matrixIfPlural(operand) ?? FormulaMatrix(rows: 1, columns: 1, values: [scalar(operand)])
            if let first = matrices.first, first.rows != m.rows || first.columns != m.columns {
                // Whole columns are cut at each sheet's last row: stretch to the longest with blanks.
                guard first.columns == m.columns else { return .error(.value) }
                let rows = Swift.max(first.rows, m.rows)
                matrices = matrices.map { padded($0, rows: rows) }
                matrices.append(padded(m, rows: rows))
                continue
            }
            matrices.append(m)
        }
        let count = matrices[0].values.count
        var total = 0.0
        for i in 0..<count {
            var product = 1.0
            for m in matrices {
                switch m.values[i] {
                case .number(let x): product *= x
                case .error(let e): return .error(e)
                default: product = 0
                }
            }
            total += product
        }
        return .number(total)
    }

    private func padded(_ m: FormulaMatrix, rows: Int) -> FormulaMatrix {
        guard m.rows < rows else { return m }
        return FormulaMatrix(rows: rows, columns: m.columns, values: m.values + Array(repeating: .empty, count: (rows - m.rows) * m.columns))
    }

    /// LARGE / SMALL.
    func kth(_ arguments: [FormulaExpression], largest: Bool) -> FormulaValue {
        guard arguments.count == 2 else { return .error(.value) }
        guard case .success(let k) = numberArgument(arguments, 1) else { return .error(.value) }
        switch numbers(arguments[0..<1]) {
        case .failure(let e): return .error(e)
        case .success(let values):
            let index = Self.whole(k, .up)
            guard index >= 1, index <= values.count else { return .error(.number) }
            let sorted = largest ? values.sorted(by: >) : values.sorted()
            return .number(sorted[index - 1])
        }
    }

    // MARK: - Conditional aggregates

    /// One range and its condition.
    private struct Condition {
        var grid: FormulaGrid
        var criterion: FormulaCriterion
    }

    /// SUMIF / AVERAGEIF (`single`: range, criterion, [values]) and SUMIFS, AVERAGEIFS, MINIFS, MAXIFS
    /// (values, range₁, criterion₁, …).
    func conditional(_ arguments: [FormulaExpression], kind: Aggregate, single: Bool) -> FormulaValue {
        let valueGrid: FormulaGrid
        var conditions: [Condition] = []
        if single {
            guard (2...3).contains(arguments.count) else { return .error(.value) }
            let range = grid(evaluate(arguments[0]))
            guard range.isReference else { return .error(.value) }
            conditions.append(Condition(grid: range, criterion: FormulaCriterion(scalarArgument(arguments, 1))))
            if arguments.count == 3, !isMissing(arguments[2]) {
                // The values range takes the criteria range's shape from its own top-left cell.
                guard case .area(var values) = evaluate(arguments[2]) else { return .error(.value) }
                values.bottom = values.top + range.rows - 1
                values.right = values.left + range.columns - 1
                valueGrid = FormulaGrid(.area(values))
            } else {
                valueGrid = range
            }
        } else {
            guard arguments.count >= 3, arguments.count % 2 == 1 else { return .error(.value) }
            valueGrid = grid(evaluate(arguments[0]))
            var i = 1
            while i < arguments.count {
                let g = grid(evaluate(arguments[i]))
                guard g.rows == valueGrid.rows, g.columns == valueGrid.columns else { return .error(.value) }
                conditions.append(Condition(grid: g, criterion: FormulaCriterion(scalarArgument(arguments, i + 1))))
                i += 2
            }
        }
        var total = 0.0
        var n = 0
        var low = Double.infinity
        var high = -Double.infinity
        var failure: FormulaError?
        // Only numbers are added up: walk the stored cells of the values range.
        forEachStored(valueGrid) { r, c, v in
            let x: Double
            switch v {
            case .number(let number): x = number
            case .error(let e):
                guard conditions.allSatisfy({ $0.criterion.matches(value($0.grid, r, c)) }) else { return true }
                failure = e
                return false
            default: return true
            }
            guard conditions.allSatisfy({ $0.criterion.matches(value($0.grid, r, c)) }) else { return true }
            total += x
            n += 1
            low = Swift.min(low, x)
            high = Swift.max(high, x)
            return true
        }
        if let failure { return .error(failure) }
        switch kind {
        case .average: return n == 0 ? .error(.divisionByZero) : .number(total / Double(n))
        case .min: return .number(n == 0 ? 0 : low)
        case .max: return .number(n == 0 ? 0 : high)
        default: return .number(total)
        }
    }

    /// COUNTIF / COUNTIFS: positions where every condition holds.
    func countIfs(_ arguments: [FormulaExpression]) -> FormulaValue {
        guard arguments.count >= 2, arguments.count % 2 == 0 else { return .error(.value) }
        var conditions: [Condition] = []
        var i = 0
        while i < arguments.count {
            let g = grid(evaluate(arguments[i]))
            if let first = conditions.first, g.rows != first.grid.rows || g.columns != first.grid.columns { return .error(.value) }
            conditions.append(Condition(grid: g, criterion: FormulaCriterion(scalarArgument(arguments, i + 1))))
            i += 2
        }
        let lead = conditions[0]
        var n = 0
        if lead.criterion.matchesBlank {
            // Blank cells match: every position counts, not only the stored ones.
            var area = lead.grid
            if case .area(let a) = lead.grid.source {
                let trimmed = store.trimmed(a)
                let skipped = a.count - trimmed.count
                area = FormulaGrid(.area(trimmed))
                if conditions.count == 1 { n += skipped }
            }
            for r in 0..<area.rows {
                for c in 0..<area.columns where conditions.allSatisfy({ $0.criterion.matches(value($0.grid, r, c)) }) { n += 1 }
            }
            return .number(Double(n))
        }
        forEachStored(lead.grid) { r, c, v in
            if lead.criterion.matches(v), conditions.dropFirst().allSatisfy({ $0.criterion.matches(value($0.grid, r, c)) }) { n += 1 }
            return true
        }
        return .number(Double(n))
    }
}
