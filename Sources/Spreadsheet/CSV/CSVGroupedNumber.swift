/// Typing of CSV fields as `convert` does it: amounts written with thousands separators as
/// people type them (`40.000` and `1.490.000,50` in Danish notation, `40,000` and
/// `1,490,000.50` in English) become numbers with a thousands format, in the file's
/// notation; plain numbers are typed as ``CSVFieldTyping`` does; everything else stays text.
///
/// The file's notation is settled when the dialect detector saw a decimal separator in its
/// numbers, or the file is `;`-separated as Danish Excel writes. When it is not, a field
/// with several groups (`2.490.000`) can only be grouping, in whichever notation it fits,
/// but one group (`1.500`) reads two ways (1500 or 1.5): it is ``Reading/ambiguous``.
public enum CSVGroupedNumber {
    /// What a field is.
    public enum Reading: Hashable, Sendable {
        /// A number; `format` is a thousands format that shows it as written (`#,##0`,
        /// `#,##0.00`), or `nil` for a plain number.
        case number(CellValue, format: String?)
        /// It reads as a number two ways and the notation is not settled: kept as text, listed.
        case ambiguous
        /// Text.
        case text
    }

    /// Reads `text` in the notation whose decimal separator is `decimal`; `isSettled` says
    /// whether the file settles that notation.
    public static func read(_ text: String, decimal: CSVDecimalSeparator, isSettled: Bool) -> Reading {
        let own = grouped(text, decimal: decimal)
        if let own, isSettled || own.isCertain { return .number(own.value, format: own.format) }
        if !isSettled {
            let other = grouped(text, decimal: decimal == .comma ? .point : .comma)
            if let other, other.isCertain { return .number(other.value, format: other.format) }
            if own != nil || other != nil { return .ambiguous }
        }
        let plain = CSVFieldTyping.value(of: text, decimalSeparator: decimal)
        if case .string = plain { return .text }
        if case .empty = plain { return .text }
        return .number(plain, format: nil)
    }

    /// A grouped number in one notation: its value, its format, and whether no other
    /// notation could read it (several groups, or decimals after the groups).
    private static func grouped(_ text: String, decimal: CSVDecimalSeparator) -> (value: CellValue, format: String, isCertain: Bool)? {
        let group: UInt8 = decimal == .comma ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let point: UInt8 = decimal == .comma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var bytes = Array(text.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let lead = bytes.prefix(while: isDigit)
        guard (1...3).contains(lead.count), lead.first != UInt8(ascii: "0") else { return nil }
        var digits = Array(lead)
        bytes = bytes.dropFirst(lead.count)
        var groups = 0
        while bytes.first == group {
            let next = bytes.dropFirst().prefix(while: isDigit)
            guard next.count == 3 else { return nil }
            digits += next
            groups += 1
            bytes = bytes.dropFirst(4)
        }
        guard groups > 0 else { return nil }
        var fraction: [UInt8] = []
        if bytes.first == point {
            fraction = Array(bytes.dropFirst().prefix(while: isDigit))
            guard !fraction.isEmpty else { return nil }
            bytes = bytes.dropFirst(1 + fraction.count)
        }
        guard bytes.isEmpty else { return nil }
        let sign = negative ? "-" : ""
        let certain = groups > 1 || !fraction.isEmpty
        if fraction.isEmpty {
            guard let value = Int64(sign + String(decoding: digits, as: UTF8.self)) else { return nil }
            return (.integer(value), "#,##0", certain)
        }
        let literal = sign + String(decoding: digits, as: UTF8.self) + "." + String(decoding: fraction, as: UTF8.self)
        guard let value = Double(literal), value.isFinite else { return nil }
        return (.number(value), "#,##0." + String(repeating: "0", count: min(fraction.count, 10)), certain)
    }
}
