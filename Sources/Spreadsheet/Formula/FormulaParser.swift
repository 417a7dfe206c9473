/// What a parser needs to know of the workbook: its sheets by name and its defined names.
struct FormulaParseContext {
    /// Sheet indices by lower-cased name.
    var sheetIndices: [String: Int]
    /// What the defined name (lower-cased) stands for, seen from sheet `sheet`; `nil` when undefined.
    var definedName: (_ name: String, _ sheet: Int) -> FormulaExpression?
}

/// Parses formula text as a workbook stores it (no leading `=`, A1 references,
/// comma separators) into a ``FormulaExpression`` with every reference resolved.
///
/// Precedence follows Excel, highest first: `:` and the space (intersection),
/// negation, `%`, `^`, `*` `/`, `+` `-`, `&`, comparisons. Negation binds tighter
/// than `^`, so `-2^2` is 4.
struct FormulaParser {
    /// Functions the formula calls that give another result on each calculation.
    private(set) var volatileNames: [String] = []
    /// What the formula uses that the engine does not compute.
    private(set) var unsupportedNames: [String] = []

    private let bytes: [UInt8]
    private var position = 0
    private let sheet: Int
    private let context: FormulaParseContext
    /// How deep parentheses and calls nest here; deeper than ``maxDepth`` is refused.
    private var depth = 0
    /// Excel allows 64 levels of nested functions; this leaves room and bounds the recursion.
    static let maxDepth = 200
    /// Excel's longest formula, in UTF-16 units.
    static let maxLength = 8_192
    /// Operators one formula may hold: each adds a level to the tree evaluation walks.
    static let maxOperators = 1_000
    private var operators = 0

    private mutating func counted(_ op: FormulaOperator, _ left: FormulaExpression, _ right: FormulaExpression) -> FormulaExpression {
        operators += 1
        return .binary(op, left, right)
    }

    init(_ text: String, sheet: Int, context: FormulaParseContext) {
        self.bytes = Array(text.utf8)
        self.sheet = sheet
        self.context = context
    }

    /// The parsed formula; a syntax error gives ``FormulaExpression/unsupported(_:)`` naming it.
    mutating func parse() -> FormulaExpression {
        guard bytes.count <= Self.maxLength * 3,
            String(decoding: bytes, as: UTF8.self).utf16.count <= Self.maxLength
        else { return unsupported("a formula longer than \(Self.maxLength) characters") }
        skipSpaces()
        if peek == UInt8(ascii: "=") { position += 1 }
        let expression = parseComparison()
        skipSpaces()
        if let first = unsupportedNames.first { return .unsupported(first) }
        if operators > Self.maxOperators { return .unsupported("a formula of more than \(Self.maxOperators) operators") }
        if position < bytes.count {
            let rest = String(decoding: bytes[position...].prefix(20), as: UTF8.self)
            return unsupported("syntax near \"\(rest)\"")
        }
        return expression
    }

    // MARK: - Operators

    private mutating func parseComparison() -> FormulaExpression {
        var left = parseConcatenation()
        while true {
            skipSpaces()
            let op: FormulaOperator
            switch (peek, peek(1)) {
            case (UInt8(ascii: "<"), UInt8(ascii: ">")):
                op = .notEqual
                position += 2
            case (UInt8(ascii: "<"), UInt8(ascii: "=")):
                op = .lessOrEqual
                position += 2
            case (UInt8(ascii: ">"), UInt8(ascii: "=")):
                op = .greaterOrEqual
                position += 2
            case (UInt8(ascii: "<"), _):
                op = .less
                position += 1
            case (UInt8(ascii: ">"), _):
                op = .greater
                position += 1
            case (UInt8(ascii: "="), _):
                op = .equal
                position += 1
            default: return left
            }
            left = counted(op, left, parseConcatenation())
        }
    }

    private mutating func parseConcatenation() -> FormulaExpression {
        var left = parseAdditive()
        while skipSpaces(), peek == UInt8(ascii: "&") {
            position += 1
            left = counted(.concatenate, left, parseAdditive())
        }
        return left
    }

    private mutating func parseAdditive() -> FormulaExpression {
        var left = parseMultiplicative()
        while skipSpaces(), peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") {
            let op: FormulaOperator = peek == UInt8(ascii: "+") ? .add : .subtract
            position += 1
            left = counted(op, left, parseMultiplicative())
        }
        return left
    }

    private mutating func parseMultiplicative() -> FormulaExpression {
        var left = parsePower()
        while skipSpaces(), peek == UInt8(ascii: "*") || peek == UInt8(ascii: "/") {
            let op: FormulaOperator = peek == UInt8(ascii: "*") ? .multiply : .divide
            position += 1
            left = counted(op, left, parsePower())
        }
        return left
    }

    private mutating func parsePower() -> FormulaExpression {
        var left = parsePercent()
        while skipSpaces(), peek == UInt8(ascii: "^") {
            position += 1
            left = counted(.power, left, parsePercent())
        }
        return left
    }

    private mutating func parsePercent() -> FormulaExpression {
        var operand = parsePrefix()
        while skipSpaces(), peek == UInt8(ascii: "%") {
            position += 1
            operand = .percent(operand)
        }
        return operand
    }

    private mutating func parsePrefix() -> FormulaExpression {
        // Signs are counted, not recursed: `--------1` may be long.
        var negations = 0
        var signs = 0
        while skipSpaces(), peek == UInt8(ascii: "-") || peek == UInt8(ascii: "+") {
            if peek == UInt8(ascii: "-") { negations += 1 }
            signs += 1
            position += 1
        }
        var operand = parseRange()
        if signs > 0 && negations == 0 { operand = .identity(operand) }
        for _ in 0..<Swift.min(negations, 2 - negations % 2) { operand = .negate(operand) }
        return operand
    }

    /// Primaries joined by `:` (range) and the space (intersection).
    private mutating func parseRange() -> FormulaExpression {
        var left = parsePrimary(defaultSheet: sheet)
        while true {
            if peek == UInt8(ascii: ":") {
                position += 1
                var rightSheet = sheet
                if case .area(let area) = left { rightSheet = area.sheet }
                let right = parsePrimary(defaultSheet: rightSheet)
                if case .area(let a) = left, case .area(let b) = right, let spanned = a.spanning(b) {
                    left = .area(spanned)
                } else {
                    left = .range(left, right)
                }
                continue
            }
            // A space between two references is the intersection operator.
            var look = position
            while look < bytes.count && (bytes[look] == 0x20 || bytes[look] == 0x0A || bytes[look] == 0x0D) { look += 1 }
            guard look > position, look < bytes.count, startsReference(bytes[look]), isReferenceLike(left) else { return left }
            position = look
            left = .intersect(left, parsePrimary(defaultSheet: sheet))
        }
    }

    private func startsReference(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "$") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || isLetter(b)
    }

    private func isReferenceLike(_ e: FormulaExpression) -> Bool {
        switch e {
        case .area, .range, .intersect: return true
        case .call(let f, _): return f == .index
        default: return false
        }
    }

    // MARK: - Primaries

    private mutating func parsePrimary(defaultSheet: Int) -> FormulaExpression {
        skipSpaces()
        guard let b = peek else { return unsupported("incomplete formula") }
        switch b {
        case UInt8(ascii: "\""):
            return .text(readQuoted(by: UInt8(ascii: "\"")))
        case UInt8(ascii: "#"):
            return readError().map { .error($0) } ?? unsupported("unknown error literal")
        case UInt8(ascii: "{"):
            return readArray()
        case UInt8(ascii: "("):
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { return unsupported("parentheses nested too deep") }
            let inner = parseComparison()
            skipSpaces()
            if peek == UInt8(ascii: ",") { return unsupported("reference union") }
            guard peek == UInt8(ascii: ")") else { return unsupported("unbalanced parenthesis") }
            position += 1
            return inner
        case UInt8(ascii: "'"):
            let name = readQuoted(by: UInt8(ascii: "'"))
            guard peek == UInt8(ascii: "!") else { return unsupported("sheet name without reference") }
            position += 1
            return referenceAfterSheet(name)
        case UInt8(ascii: "["):
            return unsupported("external workbook reference")
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
            if let rows = readRowRange(sheet: defaultSheet) { return rows }
            return readNumber()
        default:
            guard isLetter(b) || b == UInt8(ascii: "$") else {
                return unsupported("unexpected \"\(String(decoding: [b], as: UTF8.self))\"")
            }
            return readIdentifierPrimary(defaultSheet: defaultSheet)
        }
    }

    private mutating func readIdentifierPrimary(defaultSheet: Int) -> FormulaExpression {
        if peek == UInt8(ascii: "$"), let rows = readRowRange(sheet: defaultSheet) { return rows }
        let identifier = readIdentifier()
        let text = String(decoding: identifier, as: UTF8.self)
        switch peek {
        case UInt8(ascii: "("):
            position += 1
            return readCall(text)
        case UInt8(ascii: "!"):
            position += 1
            return referenceAfterSheet(text)
        case UInt8(ascii: "["):
            skipBrackets()
            return unsupported("structured reference \(text)[…]")
        case UInt8(ascii: ":"):
            // `A:C` (whole columns) or `Sheet1:Sheet3!A1` (several sheets).
            let save = position
            position += 1
            let second = readIdentifier()
            if peek == UInt8(ascii: "!") {
                position += 1
                _ = readIdentifier()
                return unsupported("reference across several sheets")
            }
            if let a = columnIndex(identifier), let b = columnIndex(second) {
                return .area(
                    FormulaArea(
                        sheet: defaultSheet, top: 0, left: min(a, b),
                        bottom: CellAddress.maxRow, right: max(a, b)))
            }
            position = save
        default:
            break
        }
        return resolveIdentifier(identifier, text: text, sheet: defaultSheet)
    }

    private mutating func resolveIdentifier(_ identifier: [UInt8], text: String, sheet target: Int) -> FormulaExpression {
        if let cell = cellAddress(identifier) {
            return .area(FormulaArea(sheet: target, top: cell.row, left: cell.column, bottom: cell.row, right: cell.column))
        }
        let upper = text.uppercased()
        if upper == "TRUE" { return .bool(true) }
        if upper == "FALSE" { return .bool(false) }
        if upper.hasPrefix("_XL") { return unsupported(text) }
        if let named = context.definedName(text.lowercased(), target) { return named }
        return .error(.name)
    }

    /// What follows `Sheet!`: a cell, a range, whole columns or rows, `#REF!`, or a sheet-level name.
    private mutating func referenceAfterSheet(_ name: String) -> FormulaExpression {
        guard let target = context.sheetIndices[name.lowercased()] else {
            if peek == UInt8(ascii: "#") { _ = readError() } else if peek != nil { _ = readIdentifier() }
            if name.hasPrefix("[") { return unsupported("external workbook reference") }
            return unsupported("reference to unknown sheet \(name)")
        }
        if peek == UInt8(ascii: "#") { return readError().map { .error($0) } ?? unsupported("unknown error literal") }
        if let digit = peek, (digit >= 0x30 && digit <= 0x39) || digit == UInt8(ascii: "$") {
            if let rows = readRowRange(sheet: target) { return rows }
        }
        guard let b = peek, isLetter(b) || b == UInt8(ascii: "$") else { return unsupported("reference after \(name)!") }
        let identifier = readIdentifier()
        if peek == UInt8(ascii: ":") {
            let save = position
            position += 1
            let second = readIdentifier()
            if let a = columnIndex(identifier), let c = columnIndex(second) {
                return .area(FormulaArea(sheet: target, top: 0, left: min(a, c), bottom: CellAddress.maxRow, right: max(a, c)))
            }
            position = save
        }
        return resolveIdentifier(identifier, text: String(decoding: identifier, as: UTF8.self), sheet: target)
    }

    private mutating func readCall(_ rawName: String) -> FormulaExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return unsupported("functions nested too deep") }
        var arguments: [FormulaExpression] = []
        skipSpaces()
        if peek == UInt8(ascii: ")") {
            position += 1
        } else {
            while true {
                skipSpaces()
                if peek == UInt8(ascii: ",") || peek == UInt8(ascii: ")") {
                    arguments.append(.missing)
                } else {
                    arguments.append(parseComparison())
                }
                skipSpaces()
                if peek == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                if peek == UInt8(ascii: ")") {
                    position += 1
                    break
                }
                return unsupported("unterminated call of \(rawName)")
            }
        }
        let name = FormulaFunction.canonicalName(rawName)
        if FormulaFunction.volatileNames.contains(name) {
            volatileNames.append(name)
            return .unsupported(name)
        }
        guard let function = FormulaFunction.byName[name] else {
            return unsupported(name)
        }
        return .call(function, arguments)
    }

    // MARK: - Lexical pieces

    /// A text between `quote`s (a string literal in `"`, a sheet name in `'`), the quote doubled
    /// inside it standing for itself; `position` is on the opening quote.
    private mutating func readQuoted(by quote: UInt8) -> String {
        position += 1
        var out: [UInt8] = []
        while let b = peek {
            position += 1
            if b == quote {
                if peek == quote {
                    out.append(b)
                    position += 1
                    continue
                }
                break
            }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func readError() -> FormulaError? {
        for error in FormulaError.allCases {
            let text = Array(error.rawValue.utf8)
            guard position + text.count <= bytes.count else { continue }
            var same = true
            for i in 0..<text.count where upper(bytes[position + i]) != text[i] {
                same = false
                break
            }
            if same {
                position += text.count
                return error
            }
        }
        return nil
    }

    private mutating func readNumber() -> FormulaExpression {
        let start = position
        while let b = peek, (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") { position += 1 }
        if let e = peek, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var look = position + 1
            if look < bytes.count && (bytes[look] == UInt8(ascii: "+") || bytes[look] == UInt8(ascii: "-")) { look += 1 }
            if look < bytes.count && bytes[look] >= 0x30 && bytes[look] <= 0x39 {
                position = look
                while let b = peek, b >= 0x30 && b <= 0x39 { position += 1 }
            }
        }
        var text = String(decoding: bytes[start..<position], as: UTF8.self)
        if text.hasPrefix(".") { text = "0" + text }
        guard let value = Double(text) else { return unsupported("number \(text)") }
        return .number(value)
    }

    /// `3:5` or `$3:$5` (whole rows); `nil` (position unchanged) when the text is something else.
    private mutating func readRowRange(sheet target: Int) -> FormulaExpression? {
        let save = position
        func row() -> Int? {
            if peek == UInt8(ascii: "$") { position += 1 }
            var value = 0
            var count = 0
            while let b = peek, b >= 0x30 && b <= 0x39 {
                value = value * 10 + Int(b - 0x30)
                count += 1
                position += 1
                if count > 7 { return nil }
            }
            return count > 0 && value >= 1 && value - 1 <= CellAddress.maxRow ? value - 1 : nil
        }
        guard let first = row(), peek == UInt8(ascii: ":") else {
            position = save
            return nil
        }
        position += 1
        guard let second = row(), !(peek.map(isIdentifierByte) ?? false) else {
            position = save
            return nil
        }
        return .area(
            FormulaArea(
                sheet: target, top: min(first, second), left: 0,
                bottom: max(first, second), right: CellAddress.maxColumn))
    }

    private mutating func readArray() -> FormulaExpression {
        position += 1
        var rows: [[FormulaValue]] = [[]]
        while true {
            skipSpaces()
            guard let b = peek else { return unsupported("unterminated array constant") }
            var negative = false
            var element: FormulaValue
            var look = b
            if look == UInt8(ascii: "-") || look == UInt8(ascii: "+") {
                negative = look == UInt8(ascii: "-")
                position += 1
                guard let next = peek else { return unsupported("unterminated array constant") }
                look = next
            }
            switch look {
            case UInt8(ascii: "\""): element = .text(readQuoted(by: UInt8(ascii: "\"")))
            case UInt8(ascii: "#"):
                guard let error = readError() else { return unsupported("unknown error literal") }
                element = .error(error)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                guard case .number(let v) = readNumber() else { return unsupported("array constant") }
                element = .number(negative ? -v : v)
            default:
                let word = String(decoding: readIdentifier(), as: UTF8.self).uppercased()
                guard word == "TRUE" || word == "FALSE" else { return unsupported("array constant") }
                element = .bool(word == "TRUE")
            }
            rows[rows.count - 1].append(element)
            skipSpaces()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: ";"):
                position += 1
                rows.append([])
            case UInt8(ascii: "}"):
                position += 1
                let columns = rows[0].count
                guard rows.allSatisfy({ $0.count == columns }) else { return unsupported("ragged array constant") }
                return .array(FormulaMatrix(rows: rows.count, columns: columns, values: rows.flatMap { $0 }))
            default: return unsupported("array constant")
            }
        }
    }

    private mutating func readIdentifier() -> [UInt8] {
        let start = position
        while let b = peek, isIdentifierByte(b) { position += 1 }
        return Array(bytes[start..<position])
    }

    private mutating func skipBrackets() {
        var level = 0
        while let b = peek {
            position += 1
            if b == UInt8(ascii: "[") {
                level += 1
            } else if b == UInt8(ascii: "]") {
                level -= 1
                if level == 0 { return }
            }
        }
    }

    /// `A1`, `$A$1`, `a$1` → the cell; anything else `nil`.
    private func cellAddress(_ identifier: [UInt8]) -> CellAddress? {
        var plain: [UInt8] = []
        plain.reserveCapacity(identifier.count)
        for (i, b) in identifier.enumerated() {
            if b == UInt8(ascii: "$") {
                // `$` only before the letters or before the digits.
                guard i == 0 || (isLetter(identifier[i - 1]) && i + 1 < identifier.count && isDigit(identifier[i + 1])) else { return nil }
                continue
            }
            plain.append(b)
        }
        return plain.withUnsafeBufferPointer { CellAddress.parse($0) }
    }

    /// `C` or `$C` → the column index; anything else `nil`.
    private func columnIndex(_ identifier: [UInt8]) -> Int? {
        let start = identifier.first == UInt8(ascii: "$") ? 1 : 0
        guard let (column, end) = CellAddress.scanColumnLetters(identifier, from: start), end == identifier.endIndex else { return nil }
        return column
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }
    private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        while let b = peek, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 }
        return true
    }

    private func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "\\") || b >= 0x80
    }
    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private func isIdentifierByte(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "$") || b == UInt8(ascii: "?")
    }
    private func upper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 32 : b }

    private mutating func unsupported(_ what: String) -> FormulaExpression {
        unsupportedNames.append(what)
        return .unsupported(what)
    }
}
