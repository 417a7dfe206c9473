import PlanModel
import Spreadsheet

/// A cell's value as a spreadsheet program shows it, for the grid on a submission's page:
/// numbers grouped and rounded by the cell's number format (`#,##0`, `0.00`, `0%`,
/// `#,##0,` in thousands, quoted text such as `"kr."`), in the page's language's notation
/// (Danish `1.490.000,50`, English `1,490,000.50`). Text is shown as written.
///
/// It covers the formats budget sheets use; a format it does not know shows the number
/// plainly rather than wrongly.
struct CellDisplayText {
    var language: Language

    func text(_ cell: Cell) -> String {
        switch cell.value {
        case .empty: return ""
        case .string(let s): return s
        case .bool(let b): return language == .danish ? (b ? "SAND" : "FALSK") : (b ? "TRUE" : "FALSE")
        case .error(let e): return e
        case .date(let d): return d.description
        case .integer(let v): return number(Double(v), exact: v, format: cell.numberFormat)
        case .number(let v): return number(v, exact: nil, format: cell.numberFormat)
        }
    }

    private var separators: (group: String, decimal: String) {
        language == .danish ? (".", ",") : (",", ".")
    }

    private func number(_ value: Double, exact: Int64?, format: String?) -> String {
        guard value.isFinite else { return String(value) }
        let code = Self.section(of: format ?? "General", for: value)
        if code.isEmpty || code.lowercased() == "general" || code == "@" {
            if let exact { return String(exact) }
            return plain(value)
        }
        let numberPart = Self.stripQuoted(code)
        let percent = numberPart.contains("%")
        let grouped = numberPart.contains("#,##") || numberPart.contains("#,#") || numberPart.contains("0,0")
        var scale = 1.0
        // Trailing commas after the last digit placeholder divide by 1000 each.
        if let last = numberPart.lastIndex(where: { $0 == "0" || $0 == "#" }) {
            let after = numberPart[numberPart.index(after: last)...]
            for character in after { if character == "," { scale *= 1000 } else { break } }
        }
        var decimals = 0
        if let dot = numberPart.firstIndex(of: ".") {
            decimals = numberPart[numberPart.index(after: dot)...].prefix { $0 == "0" || $0 == "#" }.count
        }
        var shown = value * (percent ? 100 : 1) / scale
        // A negative section of its own shows the number without its sign.
        if value < 0, (format ?? "").split(separator: ";").count > 1 { shown = -shown }
        let body = fixed(shown, decimals: decimals, grouped: grouped)
        return Self.decorate(code, with: body)
    }

    /// `value` with `decimals` decimals, half away from zero, grouped by thousands when asked.
    private func fixed(_ value: Double, decimals: Int, grouped: Bool) -> String {
        let factor = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let rounded = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
        guard rounded < 9e18 else { return plain(value) }
        let whole = UInt64(rounded)
        let integerPart = whole / UInt64(factor)
        let fraction = whole % UInt64(factor)
        var digits = String(integerPart)
        if grouped {
            var out = ""
            for (index, character) in digits.reversed().enumerated() {
                if index > 0 && index % 3 == 0 { out += separators.group }
                out.append(character)
            }
            digits = String(out.reversed())
        }
        var text = (value < 0 && rounded > 0 ? "-" : "") + digits
        if decimals > 0 {
            let fractionText = String(fraction)
            text += separators.decimal + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return text
    }

    /// A number in shortest form, with the language's decimal mark.
    private func plain(_ value: Double) -> String {
        var text = CellValue.number(value).description
        if language == .danish { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// The format's section for `value`: positive;negative;zero;text.
    static func section(of format: String, for value: Double) -> String {
        let sections = format.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var chosen = sections[0]
        if value < 0, sections.count > 1 { chosen = sections[1] }
        if value == 0, sections.count > 2 { chosen = sections[2] }
        // Colours and conditions ([Red], [>=100]) and locale tags ([$-406]) show nothing.
        var out = ""
        var inBracket = false
        for character in chosen {
            if character == "[" {
                inBracket = true
                continue
            }
            if character == "]" {
                inBracket = false
                continue
            }
            if !inBracket { out.append(character) }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The format without its quoted texts and escaped characters.
    static func stripQuoted(_ code: String) -> String {
        var out = ""
        var quoted = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            if character == "\\" {
                escaped = true
                continue
            }
            if character == "\"" {
                quoted.toggle()
                continue
            }
            if !quoted { out.append(character) }
        }
        return out
    }

    /// The format's literal text around its number: `#,##0 "kr."` → `1.490.000 kr.`.
    static func decorate(_ code: String, with number: String) -> String {
        var prefix = ""
        var suffix = ""
        var seenNumber = false
        var quoted = false
        var escaped = false
        var skipNext = false
        for character in code {
            if skipNext {
                skipNext = false
                continue
            }
            if escaped {
                if seenNumber { suffix.append(character) } else { prefix.append(character) }
                escaped = false
                continue
            }
            if character == "\\" {
                escaped = true
                continue
            }
            if character == "\"" {
                quoted.toggle()
                continue
            }
            if !quoted && "0#?.,".contains(character) {
                seenNumber = true
                suffix = ""
                continue
            }
            // `_x` leaves the width of x, `*x` fills with x: neither shows text.
            if !quoted && (character == "_" || character == "*") {
                skipNext = true
                continue
            }
            if seenNumber { suffix.append(character) } else { prefix.append(character) }
        }
        return (prefix + number + suffix).trimmingCharacters(in: .whitespaces)
    }
}
