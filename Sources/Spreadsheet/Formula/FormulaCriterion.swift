/// A condition of `SUMIF`, `COUNTIF`, `SUMIFS`…: `">=100"`, `"<>"`, `"Tov*"`, `5`, `TRUE`.
///
/// As in Excel: an operator prefix (`=`, `<>`, `<`, `<=`, `>`, `>=`) and an operand; a number
/// operand compares with numbers (and with text that reads as that number, for `=`), text with
/// text ignoring case and with `*`, `?` and `~` wildcards for `=` and `<>`; `""` or `"="` matches
/// blanks, `"<>"` anything not blank.
struct FormulaCriterion {
    private enum Operand {
        case number(Double)
        case text(String)
        case bool(Bool)
        case error(FormulaError)
        case blank
    }

    private enum Comparison { case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual }

    private let comparison: Comparison
    private let operand: Operand
    private let pattern: WildcardPattern?

    init(_ value: FormulaValue) {
        switch value {
        case .number(let n): (comparison, operand, pattern) = (.equal, .number(n), nil)
        case .bool(let b): (comparison, operand, pattern) = (.equal, .bool(b), nil)
        case .error(let e): (comparison, operand, pattern) = (.equal, .error(e), nil)
        case .empty: (comparison, operand, pattern) = (.equal, .number(0), nil)
        case .text(let s):
            var rest = Substring(s)
            var op = Comparison.equal
            for (prefix, c) in [
                ("<=", Comparison.lessOrEqual), (">=", .greaterOrEqual), ("<>", .notEqual),
                ("<", .less), (">", .greater), ("=", .equal),
            ] where rest.hasPrefix(prefix) {
                op = c
                rest = rest.dropFirst(prefix.count)
                break
            }
            let text = String(rest)
            comparison = op
            if text.isEmpty {
                operand = .blank
                pattern = nil
            } else if let n = FormulaNumberText.number(from: text) {
                operand = .number(n)
                pattern = nil
            } else if text.uppercased() == "TRUE" || text.uppercased() == "FALSE" {
                operand = .bool(text.uppercased() == "TRUE")
                pattern = nil
            } else if let e = FormulaError(text: text) {
                operand = .error(e)
                pattern = nil
            } else {
                operand = .text(text)
                pattern = (op == .equal || op == .notEqual) ? WildcardPattern(text) : nil
            }
        }
    }

    /// Whether a blank cell meets the condition (then blank cells must be visited too).
    var matchesBlank: Bool { matches(.empty) }

    func matches(_ value: FormulaValue) -> Bool {
        switch operand {
        case .blank:
            let isBlank: Bool
            switch value {
            case .empty: isBlank = true
            case .text(let s): isBlank = s.isEmpty && comparison == .equal
            default: isBlank = false
            }
            switch comparison {
            case .equal: return isBlank
            case .notEqual: return !isBlank
            default: return false
            }
        case .number(let n):
            var x: Double?
            switch value {
            case .number(let v): x = v
            case .text(let s) where comparison == .equal: x = FormulaNumberText.number(from: s)
            default: x = nil
            }
            guard let x else { return comparison == .notEqual }
            return holds(x == n || FormulaEvaluator.nearlyEqual(x, n) ? 0 : (x < n ? -1 : 1))
        case .bool(let b):
            guard case .bool(let v) = value else { return comparison == .notEqual }
            return holds(v == b ? 0 : (!v ? -1 : 1))
        case .error(let e):
            guard case .error(let v) = value else { return comparison == .notEqual }
            return comparison == .equal ? v == e : comparison == .notEqual ? v != e : false
        case .text(let t):
            if let pattern {
                let text: String
                switch value {
                case .text(let s): text = s
                case .empty: text = ""
                default: return comparison == .notEqual
                }
                return pattern.matches(text) == (comparison == .equal)
            }
            guard case .text(let s) = value else { return false }
            let a = s.lowercased()
            let b = t.lowercased()
            return holds(a == b ? 0 : (a < b ? -1 : 1))
        }
    }

    private func holds(_ order: Int) -> Bool {
        switch comparison {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }
}
