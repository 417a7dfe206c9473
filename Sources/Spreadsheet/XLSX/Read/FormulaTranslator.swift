/// Moves a formula the way Excel fills a shared formula: relative references
/// shift by the distance from the master cell, `$`-anchored parts stay.
///
/// Understands A1 references (`B7`, `$B$7`), whole columns (`A:C`) and rows
/// (`3:5`), and leaves alone string literals, quoted sheet names, bracketed
/// parts (structured and external references), function and defined names.
/// A reference pushed off the sheet becomes `#REF!`.
enum FormulaTranslator {
    static func shift(_ formula: String, rows: Int, columns: Int) -> String {
        if rows == 0 && columns == 0 { return formula }
        let s = Array(formula.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 8)
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            switch b {
            case 0x22, 0x27:  // "..." literal or '...' sheet name; doubled quotes escape
                var j = i + 1
                while j < n {
                    if s[j] == b {
                        if j + 1 < n && s[j + 1] == b {
                            j += 2
                            continue
                        }
                        break
                    }
                    j += 1
                }
                let end = min(j + 1, n)
                out.append(contentsOf: s[i..<end])
                i = end
            case 0x5B:  // [ ... ] possibly nested
                var level = 0
                var j = i
                while j < n {
                    if s[j] == 0x5B {
                        level += 1
                    } else if s[j] == 0x5D {
                        level -= 1
                        if level == 0 { break }
                    }
                    j += 1
                }
                let end = min(j + 1, n)
                out.append(contentsOf: s[i..<end])
                i = end
            default:
                guard isTokenByte(b) else {
                    out.append(b)
                    i += 1
                    continue
                }
                var j = i
                while j < n && isTokenByte(s[j]) { j += 1 }
                let token = s[i..<j]
                let next: UInt8? = j < n ? s[j] : nil
                if next == 0x28 || next == 0x21 {  // function name or sheet name
                    out.append(contentsOf: token)
                } else if let shifted = shiftCell(token, rows: rows, columns: columns) {
                    out.append(contentsOf: shifted)
                } else if next == 0x3A, let range = shiftLineRange(s, tokenStart: i, tokenEnd: j, rows: rows, columns: columns) {
                    out.append(contentsOf: range.text)
                    j = range.end
                } else {
                    out.append(contentsOf: token)
                }
                i = j
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isTokenByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x24 || b == 0x5F || b == 0x2E
            || b == 0x5C || b >= 0x80
    }

    /// `$?L{1,3}$?D+` → shifted text, or `nil` when the token is not a cell reference.
    private static func shiftCell(_ token: ArraySlice<UInt8>, rows: Int, columns: Int) -> [UInt8]? {
        var i = token.startIndex
        let end = token.endIndex
        let columnAbsolute = i < end && token[i] == 0x24
        if columnAbsolute { i += 1 }
        // A fourth letter or a column past XFD: not a reference.
        guard let (column, lettersEnd) = CellAddress.scanColumnLetters(token, from: i) else { return nil }
        i = lettersEnd
        let rowAbsolute = i < end && token[i] == 0x24
        if rowAbsolute { i += 1 }
        let digitsStart = i
        var row = 0
        while i < end, token[i] >= 0x30, token[i] <= 0x39, row <= CellAddress.maxRow + 1 {
            row = row * 10 + Int(token[i] - 0x30)
            i += 1
        }
        guard i == end, i > digitsStart, row >= 1 else { return nil }
        let newColumn = columnAbsolute ? column : column + columns
        let newRow = rowAbsolute ? row - 1 : row - 1 + rows
        guard newColumn >= 0, newColumn <= CellAddress.maxColumn, newRow >= 0, newRow <= CellAddress.maxRow else {
            return Array("#REF!".utf8)
        }
        var text = columnAbsolute ? "$" : ""
        text += CellAddress.columnName(newColumn)
        text += rowAbsolute ? "$" : ""
        text += String(newRow + 1)
        return Array(text.utf8)
    }

    /// `A:C` or `3:5` starting at `tokenStart`: the shifted text and where it ends.
    private static func shiftLineRange(
        _ s: [UInt8], tokenStart: Int, tokenEnd: Int, rows: Int, columns: Int
    ) -> (text: [UInt8], end: Int)? {
        var j = tokenEnd + 1
        while j < s.count && isTokenByte(s[j]) { j += 1 }
        guard j > tokenEnd + 1 else { return nil }
        let first = s[tokenStart..<tokenEnd]
        let second = s[(tokenEnd + 1)..<j]
        if let a = shiftLine(first, isColumn: true, by: columns), let b = shiftLine(second, isColumn: true, by: columns) {
            return (a + [0x3A] + b, j)
        }
        if let a = shiftLine(first, isColumn: false, by: rows), let b = shiftLine(second, isColumn: false, by: rows) {
            return (a + [0x3A] + b, j)
        }
        return nil
    }

    private static func shiftLine(_ token: ArraySlice<UInt8>, isColumn: Bool, by delta: Int) -> [UInt8]? {
        var i = token.startIndex
        let absolute = i < token.endIndex && token[i] == 0x24
        if absolute { i += 1 }
        guard i < token.endIndex else { return nil }
        let limit = isColumn ? CellAddress.maxColumn : CellAddress.maxRow
        let index: Int  // zero-based
        if isColumn {
            guard let (column, end) = CellAddress.scanColumnLetters(token, from: i), end == token.endIndex else { return nil }
            index = column
        } else {
            var value = 0
            var count = 0
            while i < token.endIndex {
                let b = token[i]
                guard b >= 0x30, b <= 0x39, count < 7 else { return nil }
                value = value * 10 + Int(b - 0x30)
                count += 1
                i += 1
            }
            guard value >= 1, value - 1 <= limit else { return nil }
            index = value - 1
        }
        let shifted = absolute ? index : index + delta
        guard shifted >= 0, shifted <= limit else { return Array("#REF!".utf8) }
        let text = (absolute ? "$" : "") + (isColumn ? CellAddress.columnName(shifted) : String(shifted + 1))
        return Array(text.utf8)
    }
}
