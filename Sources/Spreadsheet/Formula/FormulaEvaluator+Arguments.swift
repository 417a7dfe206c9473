/// Reading function arguments: single values, numbers, and the values of ranges and arrays.
extension FormulaEvaluator {
    /// Argument `index` as one value (`.empty` when left out or absent).
    func scalarArgument(_ arguments: [FormulaExpression], _ index: Int) -> FormulaValue {
        guard index < arguments.count else { return .empty }
        return scalar(evaluate(arguments[index]))
    }

    /// Argument `index` as a number; `fallback` when it is absent or left out.
    func numberArgument(_ arguments: [FormulaExpression], _ index: Int, default fallback: Double? = nil) -> Result<Double, FormulaError> {
        if index >= arguments.count || isMissing(arguments[index]) {
            if let fallback { return .success(fallback) }
            if index >= arguments.count { return .failure(.value) }
        }
        return number(scalarArgument(arguments, index))
    }

    /// Argument `index` as text.
    func textArgument(_ arguments: [FormulaExpression], _ index: Int) -> Result<String, FormulaError> {
        let v = scalarArgument(arguments, index)
        if case .error(let e) = v { return .failure(e) }
        return .success(text(v))
    }

    func isMissing(_ expression: FormulaExpression) -> Bool {
        if case .missing = expression { return true }
        return false
    }

    /// An operand as a grid of values to walk by position.
    func grid(_ operand: FormulaOperand) -> FormulaGrid {
        switch operand {
        case .value(let v): return FormulaGrid(.value(v))
        case .matrix(let m): return FormulaGrid(.matrix(m))
        case .area(let a): return FormulaGrid(.area(a))
        }
    }

    /// The value at row `r`, column `c` of `grid` (zero-based).
    @inline(__always)
    func value(_ grid: FormulaGrid, _ r: Int, _ c: Int) -> FormulaValue {
        switch grid.source {
        case .area(let a): return store.value(sheet: a.sheet, row: a.top + r, column: a.left + c)
        case .matrix(let m): return m[r, c]
        case .value(let v): return v
        }
    }

    /// Calls `body` with the position and value of each cell of `grid` that is not blank
    /// (ranges walk only the cells stored), row by row; stops when `body` returns false.
    func forEachStored(_ grid: FormulaGrid, _ body: (_ r: Int, _ c: Int, _ value: FormulaValue) -> Bool) {
        switch grid.source {
        case .area(let a):
            var going = true
            store.forEachCell(in: a) { r, c, id in
                guard going else { return }
                let v = store.values[id]
                if case .empty = v { return }
                going = body(r - a.top, c - a.left, v)
            }
        case .matrix(let m):
            for r in 0..<m.rows {
                for c in 0..<m.columns {
                    let v = m[r, c]
                    if case .empty = v { continue }
                    if !body(r, c, v) { return }
                }
            }
        case .value(let v):
            if case .empty = v { return }
            _ = body(0, 0, v)
        }
    }

    /// How SUM-like functions read their arguments.
    struct NumberRules {
        /// Text and booleans in ranges count (as 0 and 0/1), as in `AVERAGEA`, `MAXA`.
        var countsTextInRanges = false
        /// Cells whose formula calls `SUBTOTAL` are left out.
        var skipsSubtotals = false
    }

    /// Visits the numbers of SUM-like arguments: ranges and arrays give their numbers (text,
    /// booleans and blanks left out), values typed as arguments are converted (`"3"` is 3,
    /// TRUE is 1, other text is `#VALUE!`). The first error met is returned.
    func forEachNumber(_ arguments: ArraySlice<FormulaExpression>, rules: NumberRules = NumberRules(), _ body: (Double) -> Void) -> FormulaError? {
        for argument in arguments {
            let operand = evaluate(argument)
            var failure: FormulaError?
            switch operand {
            case .value(let v):
                if isMissing(argument) {
                    body(0)
                    continue
                }
                switch toNumber(v) {
                case .number(let n): body(n)
                case .error(let e): return e
                default: return .value
                }
            case .area(let a):
                store.forEachCell(in: a) { _, _, id in
                    guard failure == nil else { return }
                    if rules.skipsSubtotals && isSubtotalCell[id] { return }
                    visit(store.values[id], rules: rules, body, &failure)
                }
            case .matrix(let m):
                for v in m.values where failure == nil { visit(v, rules: rules, body, &failure) }
            }
            if let failure { return failure }
        }
        return nil
    }

    private func visit(_ v: FormulaValue, rules: NumberRules, _ body: (Double) -> Void, _ failure: inout FormulaError?) {
        switch v {
        case .number(let n): body(n)
        case .error(let e): failure = e
        case .bool(let b): if rules.countsTextInRanges { body(b ? 1 : 0) }
        case .text: if rules.countsTextInRanges { body(0) }
        case .empty: break
        }
    }

    /// The numbers of SUM-like arguments, or the first error.
    func numbers(_ arguments: ArraySlice<FormulaExpression>, rules: NumberRules = NumberRules()) -> Result<[Double], FormulaError> {
        var out: [Double] = []
        if let e = forEachNumber(arguments, rules: rules, { out.append($0) }) { return .failure(e) }
        return .success(out)
    }
}
