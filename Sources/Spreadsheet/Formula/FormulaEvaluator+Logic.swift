/// IF and its kin (only the branch taken is evaluated), AND/OR/XOR, the IS functions.
extension FormulaEvaluator {
    func conditionalBranch(_ a: [FormulaExpression]) -> FormulaOperand {
        guard (1...3).contains(a.count) else { return .value(.error(.value)) }
        if arrayDepth > 0, let conditions = matrixIfPlural(evaluate(a[0])) {
            // In an array formula, IF chooses element by element.
            func branch(_ i: Int) -> FormulaOperand {
                i < a.count ? (isMissing(a[i]) ? .value(.number(0)) : evaluate(a[i])) : .value(.bool(false))
            }
            let yes = branch(1)
            let no = branch(2)
            let yesM = matrixIfPlural(yes)
            let noM = matrixIfPlural(no)
            let yesV = scalar(yes)
            let noV = scalar(no)
            func element(_ m: FormulaMatrix?, _ v: FormulaValue, _ r: Int, _ c: Int) -> FormulaValue {
                guard let m else { return v }
                let rr = m.rows == 1 ? 0 : r
                let cc = m.columns == 1 ? 0 : c
                return rr < m.rows && cc < m.columns ? m[rr, cc] : .error(.notAvailable)
            }
            var values: [FormulaValue] = []
            for r in 0..<conditions.rows {
                for c in 0..<conditions.columns {
                    switch truth(conditions[r, c]) {
                    case .failure(let e): values.append(.error(e))
                    case .success(true): values.append(element(yesM, yesV, r, c))
                    case .success(false): values.append(element(noM, noV, r, c))
                    }
                }
            }
            return .matrix(FormulaMatrix(rows: conditions.rows, columns: conditions.columns, values: values))
        }
        switch truth(scalarArgument(a, 0)) {
        case .failure(let e): return .value(.error(e))
        case .success(true):
            guard a.count >= 2 else { return .value(.bool(true)) }
            return isMissing(a[1]) ? .value(.number(0)) : evaluate(a[1])
        case .success(false):
            guard a.count == 3 else { return .value(.bool(false)) }
            return isMissing(a[2]) ? .value(.number(0)) : evaluate(a[2])
        }
    }

    func ifError(_ a: [FormulaExpression], onlyNotAvailable: Bool) -> FormulaOperand {
        guard a.count == 2 else { return .value(.error(.value)) }
        let first = evaluate(a[0])
        if case .error(let e) = scalar(first), !onlyNotAvailable || e == .notAvailable {
            return isMissing(a[1]) ? .value(.number(0)) : evaluate(a[1])
        }
        return first
    }

    func ifs(_ a: [FormulaExpression]) -> FormulaOperand {
        guard a.count >= 2, a.count % 2 == 0 else { return .value(.error(.value)) }
        var i = 0
        while i < a.count {
            switch truth(scalarArgument(a, i)) {
            case .failure(let e): return .value(.error(e))
            case .success(true): return evaluate(a[i + 1])
            case .success(false): i += 2
            }
        }
        return .value(.error(.notAvailable))
    }

    func switchCase(_ a: [FormulaExpression]) -> FormulaOperand {
        guard a.count >= 3 else { return .value(.error(.value)) }
        let subject = scalarArgument(a, 0)
        if case .error = subject { return .value(subject) }
        var i = 1
        while i + 1 < a.count {
            let candidate = scalarArgument(a, i)
            if case .error = candidate { return .value(candidate) }
            if compare(subject, candidate) == 0, sameKind(subject, candidate) { return evaluate(a[i + 1]) }
            i += 2
        }
        return i < a.count ? evaluate(a[i]) : .value(.error(.notAvailable))
    }

    private func sameKind(_ x: FormulaValue, _ y: FormulaValue) -> Bool {
        switch (x, y) {
        case (.number, .number), (.text, .text), (.bool, .bool), (.empty, _), (_, .empty): return true
        default: return false
        }
    }

    func choose(_ a: [FormulaExpression]) -> FormulaOperand {
        guard a.count >= 2 else { return .value(.error(.value)) }
        switch numberArgument(a, 0) {
        case .failure(let e): return .value(.error(e))
        case .success(let x):
            let i = Self.whole(x, .down)
            guard i >= 1, i < a.count else { return .value(.error(.value)) }
            return isMissing(a[i]) ? .value(.number(0)) : evaluate(a[i])
        }
    }

    /// AND, OR, XOR: booleans and numbers count; text and blanks in ranges are left out;
    /// no logical value at all is `#VALUE!`.
    func logical(_ a: [FormulaExpression], _ function: FormulaFunction) -> FormulaValue {
        var seen = 0
        var trues = 0
        for argument in a {
            var failure: FormulaError?
            func take(_ v: FormulaValue, typed: Bool) {
                switch v {
                case .bool(let b):
                    seen += 1
                    if b { trues += 1 }
                case .number(let n):
                    seen += 1
                    if n != 0 { trues += 1 }
                case .error(let e): failure = failure ?? e
                case .text(let s) where typed:
                    switch s.uppercased() {
                    case "TRUE":
                        seen += 1
                        trues += 1
                    case "FALSE": seen += 1
                    default: failure = failure ?? .value
                    }
                default: break
                }
            }
            switch evaluate(argument) {
            case .value(let v): take(v, typed: true)
            case .area(let area): store.forEachCell(in: area) { _, _, id in take(store.values[id], typed: false) }
            case .matrix(let m): for v in m.values { take(v, typed: false) }
            }
            if let failure { return .error(failure) }
        }
        guard seen > 0 else { return .error(.value) }
        switch function {
        case .and: return .bool(trues == seen)
        case .or: return .bool(trues > 0)
        default: return .bool(trues % 2 == 1)
        }
    }

    /// ISERROR, ISBLANK, ISNUMBER…: the value as it is, without conversion.
    func information(_ a: [FormulaExpression], _ function: FormulaFunction) -> Bool {
        guard a.count == 1 else { return false }
        let v = scalar(evaluate(a[0]))
        switch function {
        case .iserror: if case .error = v { return true }
        case .iserr: if case .error(let e) = v { return e != .notAvailable }
        case .isna: if case .error(.notAvailable) = v { return true }
        case .isblank: if case .empty = v { return !isMissing(a[0]) }
        case .isnumber: if case .number = v { return true }
        case .istext: if case .text = v { return true }
        case .isnontext: if case .text = v { return false } else { return true }
        case .islogical: if case .bool = v { return true }
        default: break
        }
        return false
    }
}
