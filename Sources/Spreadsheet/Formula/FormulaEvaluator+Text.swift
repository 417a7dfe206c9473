/// The text functions. Lengths and positions count UTF-16 units, as Excel does.
extension FormulaEvaluator {
    func concatenate(_ a: [FormulaExpression]) -> FormulaValue {
        var out = ""
        for i in a.indices {
            switch textArgument(a, i) {
            case .success(let s): out += s
            case .failure(let e): return .error(e)
            }
        }
        return .text(out)
    }

    /// CONCAT: like CONCATENATE, and ranges give all their cells.
    func concat(_ a: [FormulaExpression]) -> FormulaValue {
        var out = ""
        for argument in a {
            switch evaluate(argument) {
            case .value(let v):
                if case .error = v { return v }
                out += text(v)
            case let operand:
                var failure: FormulaError?
                forEachStored(grid(operand)) { _, _, v in
                    if case .error(let e) = v {
                        failure = e
                        return false
                    }
                    out += text(v)
                    return true
                }
                if let failure { return .error(failure) }
            }
        }
        return .text(out)
    }

    func textJoin(_ a: [FormulaExpression]) -> FormulaValue {
        guard a.count >= 3 else { return .error(.value) }
        let delimiter: String
        switch textArgument(a, 0) {
        case .success(let s): delimiter = s
        case .failure(let e): return .error(e)
        }
        let ignoreEmpty: Bool
        switch truth(scalarArgument(a, 1)) {
        case .success(let b): ignoreEmpty = b
        case .failure(let e): return .error(e)
        }
        var parts: [String] = []
        for argument in a[2...] {
            let operand = evaluate(argument)
            let g = grid(operand)
            for r in 0..<(g.isReference ? store.trimmedRows(g) : g.rows) {
                for c in 0..<g.columns {
                    let v = value(g, r, c)
                    if case .error = v { return v }
                    let s = text(v)
                    if ignoreEmpty && s.isEmpty { continue }
                    parts.append(s)
                }
            }
        }
        return .text(parts.joined(separator: delimiter))
    }

    func textFunction(_ a: [FormulaExpression], _ function: FormulaFunction) -> FormulaValue {
        guard !a.isEmpty else { return .error(.value) }
        let first: String
        switch textArgument(a, 0) {
        case .success(let s): first = s
        case .failure(let e): return .error(e)
        }
        let units = Array(first.utf16)
        func string(_ slice: ArraySlice<UInt16>) -> FormulaValue { .text(String(decoding: slice, as: UTF16.self)) }
        func count(_ i: Int, default d: Double) -> Result<Int, FormulaError> {
            switch numberArgument(a, i, default: d) {
            case .success(let n): return n < 0 ? .failure(.value) : .success(Self.whole(Swift.min(n, 1e9), .down))
            case .failure(let e): return .failure(e)
            }
        }
        switch function {
        case .len: return .number(Double(units.count))
        case .left, .right:
            switch count(1, default: 1) {
            case .failure(let e): return .error(e)
            case .success(let n):
                let k = Swift.min(n, units.count)
                return string(function == .left ? units.prefix(k) : units.suffix(k))
            }
        case .mid:
            guard a.count == 3 else { return .error(.value) }
            switch (count(1, default: 1), count(2, default: 0)) {
            case (.failure(let e), _), (_, .failure(let e)): return .error(e)
            case (.success(let start), .success(let n)):
                guard start >= 1 else { return .error(.value) }
                guard start <= units.count else { return .text("") }
                return string(units[(start - 1)..<Swift.min(units.count, start - 1 + n)])
            }
        case .upper: return .text(first.uppercased())
        case .lower: return .text(first.lowercased())
        case .proper:
            var out = ""
            var previousIsLetter = false
            for ch in first {
                out += previousIsLetter ? ch.lowercased() : ch.uppercased()
                previousIsLetter = ch.isLetter
            }
            return .text(out)
        case .trim:
            return .text(first.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        case .value:
            if case .number(let n) = scalarArgument(a, 0) { return .number(n) }
            if let n = FormulaNumberText.number(from: first) ?? dateOrTime(from: first) { return .number(n) }
            return .error(.value)
        case .exact:
            switch textArgument(a, 1) {
            case .success(let s): return .bool(s == first)
            case .failure(let e): return .error(e)
            }
        case .find, .search:
            // FIND(find, within, [start]) is case-sensitive without wildcards; SEARCH ignores case, with wildcards.
            guard (2...3).contains(a.count) else { return .error(.value) }
            let within: String
            switch textArgument(a, 1) {
            case .success(let s): within = s
            case .failure(let e): return .error(e)
            }
            guard case .success(let start) = count(2, default: 1), start >= 1 else { return .error(.value) }
            let hay = Array(within.utf16)
            guard start <= hay.count + 1 else { return .error(.value) }
            if function == .find {
                let needle = units
                if needle.isEmpty { return .number(Double(start)) }
                var i = start - 1
                while i + needle.count <= hay.count {
                    if Array(hay[i..<(i + needle.count)]) == needle { return .number(Double(i + 1)) }
                    i += 1
                }
                return .error(.value)
            }
            let pattern = WildcardPattern(first + "*")
            var i = start - 1
            while i <= hay.count {
                if pattern.matches(String(decoding: hay[i...], as: UTF16.self)) { return .number(Double(i + 1)) }
                i += 1
            }
            return .error(.value)
        case .substitute:
            guard (3...4).contains(a.count) else { return .error(.value) }
            guard case .success(let old) = textArgument(a, 1), case .success(let new) = textArgument(a, 2) else { return .error(.value) }
            if old.isEmpty { return .text(first) }
            if a.count == 4 {
                guard case .success(let which) = count(3, default: 1), which >= 1 else { return .error(.value) }
                var pieces = first.components(separatedByText: old)
                guard which < pieces.count else { return .text(first) }
                let joined = pieces[which - 1] + new + pieces[which]
                pieces.replaceSubrange((which - 1)...which, with: [joined])
                return .text(pieces.joined(separator: old))
            }
            return .text(first.components(separatedByText: old).joined(separator: new))
        case .replace:
            guard a.count == 4 else { return .error(.value) }
            guard case .success(let start) = count(1, default: 1), start >= 1, case .success(let n) = count(2, default: 0),
                case .success(let new) = textArgument(a, 3)
            else { return .error(.value) }
            let from = Swift.min(start - 1, units.count)
            let to = Swift.min(from + n, units.count)
            return .text(String(decoding: units[..<from], as: UTF16.self) + new + String(decoding: units[to...], as: UTF16.self))
        case .rept:
            guard case .success(let n) = count(1, default: 0) else { return .error(.value) }
            guard units.count * n <= 32_767 else { return .error(.value) }
            return .text(String(repeating: first, count: n))
        case .char:
            guard case .success(let n) = numberArgument(a, 0), n >= 1, n < 256 else { return .error(.value) }
            return .text(String(Character(Unicode.Scalar(Windows1252.scalar(UInt8(n)))!)))
        case .code:
            guard let firstUnit = first.unicodeScalars.first else { return .error(.value) }
            return .number(Double(Windows1252.byte(for: firstUnit) ?? 63))
        default:
            return .error(.value)
        }
    }
}

extension FormulaCellStore {
    /// The rows of a range grid that hold cells (whole columns stop at the sheet's last row).
    func trimmedRows(_ grid: FormulaGrid) -> Int {
        guard case .area(let a) = grid.source else { return grid.rows }
        return trimmed(a).rows
    }
}

extension String {
    /// The pieces between occurrences of `separator` (which is not empty).
    fileprivate func components(separatedByText separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            out.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
