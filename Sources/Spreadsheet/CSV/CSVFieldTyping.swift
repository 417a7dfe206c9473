/// How the reader types a field when ``CSVReadOptions/typeNumbers`` is on.
///
/// A field becomes a number only when it is exactly a number in the dialect's notation:
/// - an optional `-` or `+`, digits, optionally the decimal separator and more digits,
///   optionally an exponent (`1,5E-3`, `2e6`); no spaces, no thousands separators, no currency;
/// - no leading zero before another digit (`007`, `0800`, `-01` stay text: they are codes,
///   such as Danish postal codes and account numbers, not quantities);
/// - the other separator makes it text (`1.5` with a decimal comma, `1,5` with a point).
///
/// Integers that fit in 64 bits become ``CellValue/integer(_:)`` (never through floating
/// point); other numbers ``CellValue/number(_:)``, correctly rounded. Everything else stays
/// ``CellValue/string(_:)``; amounts as people type them (`1.490.000`, `40 t.kr.`) are the
/// business of ``AmountParser``. Dates and booleans are not typed: they stay text.
public enum CSVFieldTyping {
    /// The typed value of a field's text.
    public static func value(of text: String, decimalSeparator: CSVDecimalSeparator) -> CellValue {
        if text.isEmpty { return .empty }
        var text = text
        let typed: CellValue? = text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return nil }
            return number(base, count: utf8.count, decimal: decimalSeparator.byte)
        }
        return typed ?? .string(text)
    }

    /// The number in `p[0..<count]`, or `nil` when the bytes are not a number.
    @inline(__always)
    static func number(_ p: UnsafePointer<UInt8>, count: Int, decimal: UInt8) -> CellValue? {
        var index = 0
        var negative = false
        let first = p[0]
        if first == 45 || first == 43 {  // - +
            negative = first == 45
            index = 1
            if count == 1 { return nil }
        }
        let digitsStart = index
        var mantissa: UInt64 = 0
        var significant = 0  // digits accumulated into mantissa (after leading zeros)
        var dropped = 0  // integer digits that did not fit (scale up by ten each)
        var lossy = false  // a non-zero digit was dropped
        // Integer part.
        while index < count {
            let digit = p[index] &- 48
            if digit > 9 { break }
            if significant < 19 {
                if mantissa != 0 || digit != 0 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significant += 1
                }
            } else {
                dropped += 1
                if digit != 0 { lossy = true }
            }
            index += 1
        }
        let integerDigits = index - digitsStart
        if integerDigits > 1 && p[digitsStart] == 48 { return nil }  // leading zero: a code, not a number
        var fractionDigits = 0
        var exponent = 0
        var isInteger = true
        if index < count && p[index] == decimal {
            isInteger = false
            index += 1
            let fractionStart = index
            while index < count {
                let digit = p[index] &- 48
                if digit > 9 { break }
                if significant < 19 {
                    if mantissa != 0 || digit != 0 {
                        mantissa = mantissa &* 10 &+ UInt64(digit)
                        significant += 1
                    }
                    fractionDigits += 1
                } else if digit != 0 {
                    lossy = true
                }
                index += 1
            }
            if index == fractionStart && integerDigits == 0 { return nil }
        }
        if integerDigits == 0 && isInteger { return nil }
        if index < count && (p[index] == 101 || p[index] == 69) {  // e E
            isInteger = false
            index += 1
            var exponentNegative = false
            if index < count && (p[index] == 45 || p[index] == 43) {
                exponentNegative = p[index] == 45
                index += 1
            }
            let exponentStart = index
            var value = 0
            while index < count {
                let digit = p[index] &- 48
                if digit > 9 { break }
                if value < 100_000 { value = value * 10 + Int(digit) }
                index += 1
            }
            if index == exponentStart { return nil }
            exponent = exponentNegative ? -value : value
        }
        if index != count { return nil }

        if isInteger && dropped == 0 {
            // Up to 19 significant digits: exact when it fits in Int64.
            if negative {
                if mantissa <= UInt64(Int64.max) { return .integer(-Int64(mantissa)) }
                if mantissa == UInt64(Int64.max) + 1 { return .integer(Int64.min) }
            } else if mantissa <= UInt64(Int64.max) {
                return .integer(Int64(mantissa))
            }
        }
        let scale = exponent + dropped - fractionDigits
        if !lossy, let value = DecimalFastPath.double(mantissa: mantissa, scale: scale, negative: negative) {
            return .number(value)
        }
        return slowNumber(p, count: count, decimal: decimal)
    }

    /// Correctly rounded conversion of an unusual number through the standard library.
    static func slowNumber(_ p: UnsafePointer<UInt8>, count: Int, decimal: UInt8) -> CellValue? {
        var bytes = Array(UnsafeBufferPointer(start: p, count: count))
        if decimal != 46 {
            for index in bytes.indices where bytes[index] == decimal { bytes[index] = 46 }
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return .number(value)
    }
}
