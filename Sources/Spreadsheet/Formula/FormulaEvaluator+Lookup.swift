/// VLOOKUP, HLOOKUP, LOOKUP, MATCH, XMATCH, XLOOKUP, INDEX, ROW, COLUMN.
extension FormulaEvaluator {
    /// Whether `candidate` equals `key` for an exact lookup (text ignores case; wildcards when allowed).
    private func lookupEquals(_ key: FormulaValue, _ pattern: WildcardPattern?, _ candidate: FormulaValue) -> Bool {
        switch (key, candidate) {
        case (.text, .text(let s)):
            if let pattern { return pattern.matches(s) }
            return compare(key, candidate) == 0
        case (.number, .number), (.bool, .bool): return compare(key, candidate) == 0
        case (.error(let x), .error(let y)): return x == y
        default: return false
        }
    }

    private func sameType(_ x: FormulaValue, _ y: FormulaValue) -> Bool {
        switch (x, y) {
        case (.number, .number), (.text, .text), (.bool, .bool): return true
        default: return false
        }
    }

    /// Position of `key` in a row or column of `count` values read by `at`.
    /// `mode` 0: first exact match (wildcards when `wildcards`); 1: the last of the largest values
    /// not above `key` (data sorted ascending); -1: the smallest not below (sorted descending).
    private func position(
        of key: FormulaValue, count: Int, mode: Int, wildcards: Bool, reverse: Bool = false,
        at: (Int) -> FormulaValue
    ) -> Int? {
        if case .empty = key { return position(of: .number(0), count: count, mode: mode, wildcards: wildcards, reverse: reverse, at: at) }
        if mode == 0 {
            var pattern: WildcardPattern?
            if wildcards, case .text(let s) = key {
                let p = WildcardPattern(s)
                pattern = p.hasWildcards ? p : nil
            }
            if reverse {
                for i in stride(from: count - 1, through: 0, by: -1) where lookupEquals(key, pattern, at(i)) { return i }
            } else {
                for i in 0..<count where lookupEquals(key, pattern, at(i)) { return i }
            }
            return nil
        }
        return binarySearch(key, count: count, descending: mode == -1, at: at)
    }

    /// Excel's binary search for an approximate match in data sorted ascending (or descending):
    /// the last position whose value is not past `key`, comparing across types as Excel orders
    /// them (numbers < text < booleans); blanks and errors met in the middle are stepped over
    /// toward the start. On unsorted data it finds what Excel finds, not "the best" match.
    private func binarySearch(_ key: FormulaValue, count: Int, descending: Bool, at: (Int) -> FormulaValue) -> Int? {
        var low = 0
        var high = count - 1
        var found: Int?
        while low <= high {
            let mid = (low + high) / 2
            var probe = mid
            while probe >= low, isSkipped(at(probe)) { probe -= 1 }
            if probe < low {
                low = mid + 1
                continue
            }
            let order = compare(at(probe), key)
            if descending ? order >= 0 : order <= 0 {
                found = probe
                low = mid + 1
            } else {
                high = probe - 1
            }
        }
        if let f = found, !sameType(at(f), key) { return nil }
        return found
    }

    private func isSkipped(_ v: FormulaValue) -> Bool {
        switch v {
        case .empty, .error: return true
        default: return false
        }
    }

    func lookupTable(_ a: [FormulaExpression], vertical: Bool) -> FormulaOperand {
        guard (3...4).contains(a.count) else { return .value(.error(.value)) }
        let key = scalarArgument(a, 0)
        if case .error = key { return .value(key) }
        let table = grid(evaluate(a[1]))
        guard case .success(let indexNumber) = numberArgument(a, 2) else { return .value(.error(.value)) }
        var approximate = true
        if a.count == 4, !isMissing(a[3]) {
            switch truth(scalarArgument(a, 3)) {
            case .success(let b): approximate = b
            case .failure(let e): return .value(.error(e))
            }
        } else if a.count == 4 {
            approximate = false
        }
        let index = Self.whole(indexNumber)
        guard index >= 1 else { return .value(.error(.value)) }
        guard index <= (vertical ? table.columns : table.rows) else { return .value(.error(.reference)) }
        let count = vertical ? table.rows : table.columns
        let hit = position(of: key, count: count, mode: approximate ? 1 : 0, wildcards: true) { i in
            vertical ? self.value(table, i, 0) : self.value(table, 0, i)
        }
        guard let hit else { return .value(.error(.notAvailable)) }
        return cellOperand(table, vertical ? hit : index - 1, vertical ? index - 1 : hit)
    }

    /// A cell of `grid` as a reference when the grid is a range (so that `SUM(VLOOKUP…)`, `A1:INDEX(…)` work).
    private func cellOperand(_ grid: FormulaGrid, _ r: Int, _ c: Int) -> FormulaOperand {
        if case .area(let area) = grid.source {
            return .area(FormulaArea(sheet: area.sheet, top: area.top + r, left: area.left + c, bottom: area.top + r, right: area.left + c))
        }
        return .value(value(grid, r, c))
    }

    func lookupVector(_ a: [FormulaExpression]) -> FormulaOperand {
        guard (2...3).contains(a.count) else { return .value(.error(.value)) }
        let key = scalarArgument(a, 0)
        if case .error = key { return .value(key) }
        let lookIn = grid(evaluate(a[1]))
        var result = lookIn
        var vertical = lookIn.rows >= lookIn.columns
        if a.count == 3 {
            result = grid(evaluate(a[2]))
        } else {
            // The array form: search the first row or column, return from the last.
            vertical = lookIn.rows >= lookIn.columns
        }
        let count = vertical ? lookIn.rows : lookIn.columns
        let hit = position(of: key, count: count, mode: 1, wildcards: false) { i in
            vertical ? self.value(lookIn, i, 0) : self.value(lookIn, 0, i)
        }
        guard let hit else { return .value(.error(.notAvailable)) }
        if a.count == 3 {
            let resultVertical = result.rows >= result.columns
            guard hit < (resultVertical ? result.rows : result.columns) else { return .value(.error(.notAvailable)) }
            return cellOperand(result, resultVertical ? hit : 0, resultVertical ? 0 : hit)
        }
        return cellOperand(lookIn, vertical ? hit : lookIn.rows - 1, vertical ? lookIn.columns - 1 : hit)
    }

    func match(_ a: [FormulaExpression]) -> FormulaValue {
        guard (2...3).contains(a.count) else { return .error(.value) }
        let key = scalarArgument(a, 0)
        if case .error = key { return key }
        arrayDepth += 1
        let lookIn = grid(evaluate(a[1]))
        arrayDepth -= 1
        guard lookIn.rows == 1 || lookIn.columns == 1 else { return .error(.notAvailable) }
        guard case .success(let typeNumber) = numberArgument(a, 2, default: 1) else { return .error(.value) }
        let mode = typeNumber > 0 ? 1 : typeNumber < 0 ? -1 : 0
        let vertical = lookIn.columns == 1
        let hit = position(of: key, count: vertical ? lookIn.rows : lookIn.columns, mode: mode, wildcards: true) { i in
            vertical ? self.value(lookIn, i, 0) : self.value(lookIn, 0, i)
        }
        return hit.map { .number(Double($0 + 1)) } ?? .error(.notAvailable)
    }

    /// XMATCH / XLOOKUP positions: match mode 0 exact, -1 exact or next smaller, 1 exact or next larger,
    /// 2 wildcards; search mode 1 first to last, -1 last to first (2 and -2, binary, searched linearly).
    private func xposition(key: FormulaValue, in g: FormulaGrid, matchMode: Int, searchMode: Int) -> Int? {
        let vertical = g.columns == 1
        let count = vertical ? g.rows : g.columns
        let at: (Int) -> FormulaValue = { i in vertical ? self.value(g, i, 0) : self.value(g, 0, i) }
        let reverse = searchMode < 0
        if Swift.abs(searchMode) == 2 && (matchMode == -1 || matchMode == 1 || matchMode == 0) {
            return binaryExact(key, count: count, matchMode: matchMode, descending: searchMode < 0, at: at)
        }
        if matchMode == 0 || matchMode == 2 {
            return position(of: key, count: count, mode: 0, wildcards: matchMode == 2, reverse: reverse, at: at)
        }
        var best: Int?
        for i in (reverse ? Array((0..<count).reversed()) : Array(0..<count)) {
            let v = at(i)
            guard sameType(v, key) || (isEmptyValue(key) && sameType(v, .number(0))) else { continue }
            let order = compare(v, key)
            if order == 0 { return i }
            if matchMode == -1, order < 0, best.map({ compare(at($0), v) < 0 }) ?? true { best = i }
            if matchMode == 1, order > 0, best.map({ compare(at($0), v) > 0 }) ?? true { best = i }
        }
        return best
    }

    /// XLOOKUP's and XMATCH's binary search (search mode 2 or -2): exact match, or the next smaller
    /// (-1) or larger (1) value, comparing across types as Excel orders them.
    private func binaryExact(_ key: FormulaValue, count: Int, matchMode: Int, descending: Bool, at: (Int) -> FormulaValue) -> Int? {
        var low = 0
        var high = count - 1
        var smaller: Int?
        var larger: Int?
        while low <= high {
            let mid = (low + high) / 2
            let order = compare(at(mid), key)
            if order == 0 { return mid }
            if order < 0 {
                smaller = mid
                if descending { high = mid - 1 } else { low = mid + 1 }
            } else {
                larger = mid
                if descending { low = mid + 1 } else { high = mid - 1 }
            }
        }
        return matchMode == -1 ? smaller : matchMode == 1 ? larger : nil
    }

    private func isEmptyValue(_ v: FormulaValue) -> Bool {
        if case .empty = v { return true }
        return false
    }

    func xmatch(_ a: [FormulaExpression]) -> FormulaValue {
        guard (2...4).contains(a.count) else { return .error(.value) }
        let key = scalarArgument(a, 0)
        if case .error = key { return key }
        let lookIn = grid(evaluate(a[1]))
        guard lookIn.rows == 1 || lookIn.columns == 1 else { return .error(.value) }
        guard case .success(let m) = numberArgument(a, 2, default: 0), case .success(let s) = numberArgument(a, 3, default: 1) else {
            return .error(.value)
        }
        return xposition(key: key, in: lookIn, matchMode: Self.whole(m), searchMode: Self.whole(s)).map { .number(Double($0 + 1)) } ?? .error(.notAvailable)
    }

    func xlookup(_ a: [FormulaExpression]) -> FormulaOperand {
        guard (3...6).contains(a.count) else { return .value(.error(.value)) }
        let key = scalarArgument(a, 0)
        if case .error = key { return .value(key) }
        let lookIn = grid(evaluate(a[1]))
        let results = grid(evaluate(a[2]))
        guard lookIn.rows == 1 || lookIn.columns == 1 else { return .value(.error(.value)) }
        guard case .success(let m) = numberArgument(a, 4, default: 0), case .success(let s) = numberArgument(a, 5, default: 1) else {
            return .value(.error(.value))
        }
        guard let hit = xposition(key: key, in: lookIn, matchMode: Self.whole(m), searchMode: Self.whole(s)) else {
            if a.count >= 4, !isMissing(a[3]) { return evaluate(a[3]) }
            return .value(.error(.notAvailable))
        }
        let vertical = lookIn.columns == 1 && lookIn.rows > 1 || (lookIn.count == 1 && results.columns == 1)
        if vertical {
            guard results.rows == lookIn.rows else { return .value(.error(.value)) }
            if results.columns == 1 { return cellOperand(results, hit, 0) }
            if case .area(var area) = results.source {
                area.top += hit
                area.bottom = area.top
                return .area(area)
            }
            return .matrix(FormulaMatrix(rows: 1, columns: results.columns, values: (0..<results.columns).map { value(results, hit, $0) }))
        }
        guard results.columns == lookIn.columns else { return .value(.error(.value)) }
        if results.rows == 1 { return cellOperand(results, 0, hit) }
        if case .area(var area) = results.source {
            area.left += hit
            area.right = area.left
            return .area(area)
        }
        return .matrix(FormulaMatrix(rows: results.rows, columns: 1, values: (0..<results.rows).map { value(results, $0, hit) }))
    }

    /// INDEX(array, row, [column]): a reference into a range (row or column 0: the whole column or row).
    func index(_ a: [FormulaExpression]) -> FormulaOperand {
        guard (2...4).contains(a.count) else { return .value(.error(.value)) }
        let source = grid(evaluate(a[0]))
        guard case .success(let r0) = numberArgument(a, 1, default: 0),
            case .success(let c0) = numberArgument(a, 2, default: 0)
        else { return .value(.error(.value)) }
        var r = Self.whole(r0)
        var c = Self.whole(c0)
        if a.count == 2 || (a.count >= 3 && isMissing(a[2])) {
            // One index into a single row selects a column.
            if source.rows == 1 && source.columns > 1 {
                c = r
                r = 1
            } else if source.columns == 1 {
                c = 1
            }
        }
        guard r >= 0, c >= 0 else { return .value(.error(.value)) }
        guard r <= source.rows, c <= source.columns else { return .value(.error(.reference)) }
        if r > 0 && c > 0 { return cellOperand(source, r - 1, c - 1) }
        guard case .area(let area) = source.source else {
            if r == 0 && c == 0 { return .value(value(source, 0, 0)) }
            return .value(.error(.value))
        }
        var out = area
        if r > 0 {
            out.top = area.top + r - 1
            out.bottom = out.top
        }
        if c > 0 {
            out.left = area.left + c - 1
            out.right = out.left
        }
        return .area(out)
    }

    func rowColumn(_ a: [FormulaExpression], row wantsRow: Bool) -> FormulaOperand {
        guard let first = a.first, !isMissing(first) else { return .value(.number(Double((wantsRow ? row : column) + 1))) }
        guard case .area(let area) = evaluate(first) else { return .value(.error(.value)) }
        return .value(.number(Double((wantsRow ? area.top : area.left) + 1)))
    }
}
