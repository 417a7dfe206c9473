/// Numbers written the way Python's `repr(float)` and `json.dumps` write them,
/// so dumps compare byte for byte with the oracle's.
enum PythonFloatText {
    /// The oracle's number: an integral value below 2^53 in magnitude as an
    /// integer (`42`), any other value in Python's shortest round-trip form
    /// (`0.1`, `1e-05`, `1.2345678901234567e+19`); `"nan"`/`"inf"` for non-finite values.
    static func canonical(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return repr(value)
    }

    /// `canonical` for an exact integer.
    static func canonical(_ value: Int64) -> String {
        if value.magnitude < 9_007_199_254_740_992 { return String(value) }
        return repr(Double(value))
    }

    /// Python's `repr(float)`.
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description has the same shortest round-trip digits; re-lay them out.
        let (negative, digits, pointPosition) = decompose(value.description)
        let exponent = pointPosition - 1
        var out = negative ? "-" : ""
        if exponent < -4 || exponent >= 16 {
            out += String(digits.first!)
            if digits.count > 1 { out += "." + String(digits.dropFirst()) }
            out += exponent < 0 ? "e-" : "e+"
            let magnitude = String(abs(exponent))
            out += magnitude.count < 2 ? "0" + magnitude : magnitude
        } else if pointPosition <= 0 {
            out += "0." + String(repeating: "0", count: -pointPosition) + String(digits)
        } else if pointPosition >= digits.count {
            out += String(digits) + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        } else {
            out += String(digits.prefix(pointPosition)) + "." + String(digits.dropFirst(pointPosition))
        }
        return out
    }

    /// Splits `-1.25e-7` or `123.5` into sign, significant digits, and the
    /// position of the decimal point relative to them (value = 0.DIGITS × 10^position).
    private static func decompose(_ text: String) -> (Bool, [Character], Int) {
        var s = Substring(text)
        let negative = s.hasPrefix("-")
        if negative { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(s[s.index(after: e)...]) ?? 0
            s = s[..<e]
        }
        var integerPart = Substring(s)
        var fractionPart = Substring("")
        if let dot = s.firstIndex(of: ".") {
            integerPart = s[..<dot]
            fractionPart = s[s.index(after: dot)...]
        }
        var digits = Array(integerPart) + Array(fractionPart)
        var position = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            position -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { digits = ["0"] }
        return (negative, digits, position)
    }
}
