#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbers written as text in cells (`<v>42</v>`, `<v>-1.5E-3</v>`), parsed from bytes.
///
/// Integer literals that fit in 64 bits stay exact; everything else becomes the
/// correctly rounded double. Surrounding whitespace is ignored; `inf`,
/// `infinity` and `nan` are accepted (any case), as Python's `float` does.
enum CellNumberText {
    /// A parsed number.
    enum Parsed: Equatable {
        case integer(Int64)
        case double(Double)
    }

    /// Whether `byte` is whitespace that Python's `str.strip()` removes (ASCII range).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }

    /// `bytes` without leading and trailing whitespace.
    @inline(__always)
    static func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Parses a cell's number text; `nil` when it is not a number.
    static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> Parsed? {
        let bytes = stripped(raw)
        let n = bytes.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == 0x2B || bytes[0] == 0x2D {
            negative = bytes[0] == 0x2D
            i = 1
        }
        if i < n, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A { return special(bytes, from: i) }
        // Fast path: an integer literal.
        var value: Int64 = 0
        var digits = 0
        var overflow = false
        while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let d = Int64(bytes[i] - 0x30)
                let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
                if o1 || o2 { overflow = true } else { value = s }
            }
            digits += 1
            i += 1
        }
        if i == n {
            guard digits > 0 else { return nil }
            return overflow ? strtodParse(bytes) : .integer(value)
        }
        // A decimal or exponent form: validate the grammar, then let strtod round it.
        var mantissaDigits = digits
        if bytes[i] == 0x2E {
            i += 1
            while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                mantissaDigits += 1
                i += 1
            }
        }
        if mantissaDigits == 0 { return nil }
        if i < n, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < n, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            var expDigits = 0
            while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                expDigits += 1
                i += 1
            }
            if expDigits == 0 { return nil }
        }
        guard i == n else { return nil }
        if let value = exactDecimal(bytes) { return .double(value) }
        return strtodParse(bytes)
    }

    /// The correctly rounded value of a validated decimal literal when one IEEE operation
    /// on exact operands gives it (Clinger's fast path: at most 2^53 as digits, a power of
    /// ten up to 22); `nil` otherwise, for `strtod` to do.
    @inline(__always)
    private static func exactDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        var i = 0
        var negative = false
        if bytes[0] == 0x2B || bytes[0] == 0x2D {
            negative = bytes[0] == 0x2D
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0  // significant digits in `mantissa`
        var scale = 0
        var afterPoint = false
        while i < n {  // digits, with at most one point among them (the grammar was checked)
            if bytes[i] == 0x2E && !afterPoint {
                afterPoint = true
                i += 1
                continue
            }
            let d = bytes[i] &- 0x30
            if d > 9 { break }
            if mantissa != 0 || d != 0 {
                guard digits < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(d)
                digits += 1
            }
            if afterPoint { scale -= 1 }
            i += 1
        }
        if i < n {  // an exponent (the grammar was checked: e, sign, digits)
            i += 1
            var exponentNegative = false
            if bytes[i] == 0x2B || bytes[i] == 0x2D {
                exponentNegative = bytes[i] == 0x2D
                i += 1
            }
            var exponent = 0
            while i < n {
                exponent = exponent * 10 + Int(bytes[i] &- 0x30)
                if exponent > 400 { return nil }
                i += 1
            }
            scale += exponentNegative ? -exponent : exponent
        }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        return DecimalFastPath.double(mantissa: mantissa, scale: scale, negative: negative)
    }

    /// `inf`, `infinity`, `nan` (any case) after an optional sign at `start`.
    private static func special(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Parsed? {
        let word = bytes[start...].map { $0 | 0x20 }
        let negative = start == 1 && bytes[0] == 0x2D
        switch String(decoding: word, as: UTF8.self) {
        case "inf", "infinity": return .double(negative ? -.infinity : .infinity)
        case "nan": return .double(.nan)
        default: return nil
        }
    }

    private static func strtodParse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed? {
        // A small NUL-terminated scratch copy for strtod.
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { scratch in
            for k in 0..<bytes.count { scratch[k] = CChar(bitPattern: bytes[k]) }
            scratch[bytes.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(scratch.baseAddress!, &end)
            guard let end, end - scratch.baseAddress! == bytes.count else { return nil }
            return .double(value)
        }
    }

    /// Parses an integer the way Python's `int()` does for plain decimal text
    /// (whitespace and a sign allowed); `nil` otherwise or on overflow.
    @inline(__always)
    static func parseInteger(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
        // The common case first: a few plain digits.
        var value: Int64 = 0
        var i = 0
        let n = raw.count
        if n > 0 && n <= 18 {
            while i < n {
                let b = raw[i] &- 0x30
                guard b <= 9 else { break }
                value = value &* 10 &+ Int64(b)
                i += 1
            }
            if i == n { return value }
        }
        let bytes = stripped(raw)
        guard !bytes.isEmpty else { return nil }
        i = 0
        var negative = false
        if bytes[0] == 0x2B || bytes[0] == 0x2D {
            negative = bytes[0] == 0x2D
            i = 1
        }
        guard i < bytes.count else { return nil }
        value = 0
        while i < bytes.count {
            let b = bytes[i] &- 0x30
            guard b <= 9 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (r, o2) = negative ? m.subtractingReportingOverflow(Int64(b)) : m.addingReportingOverflow(Int64(b))
            if o1 || o2 { return nil }
            value = r
            i += 1
        }
        return value
    }

    /// Parses a row number as Python's `int(float(text))` does; `nil` when not a finite number.
    static func parseRowNumber(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        switch parse(raw) {
        case .integer(let v)?: return Int(exactly: v)
        case .double(let d)?:
            guard d.isFinite, abs(d) < 9e18 else { return nil }
            return Int(d.rounded(.towardZero))
        case nil: return nil
        }
    }
}
