import Spreadsheet

/// The exact decimal a spreadsheet's number stands for: the shortest decimal that reads
/// back as the same double (what Excel and openpyxl wrote), so that `1.49` (stored as
/// 1.4899999…) scales to 1.490.000 kr. exactly.
enum ExactNumber {
    /// The decimal value of `value`; `nil` for NaN, infinities and numbers of more than 18 digits.
    static func decimal(_ value: Double) -> ExactDecimal? {
        guard value.isFinite else { return nil }
        // Swift prints the shortest round-tripping form: "40.0", "1.49", "1e-05", "1.2e+20".
        let text = value.description
        var significand: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var exponent = 0
        var negative = false
        var seenPoint = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "-": negative = true
            case ".": seenPoint = true
            case "0"..."9":
                let digit = Int64(scalar.value - 48)
                if digits > 0 || digit != 0 { digits += 1 }
                guard digits <= 18 else { return nil }
                significand = significand * 10 + digit
                if seenPoint { fractionDigits += 1 }
            case "e", "E":
                var rest = ""
                while let next = scalars.next() { rest.unicodeScalars.append(next) }
                guard let parsed = Int(rest) else { return nil }
                exponent = parsed
            default:
                return nil
            }
        }
        if negative { significand = -significand }
        let decimal = ExactDecimal(significand: significand, fractionDigits: fractionDigits)
        return exponent == 0 ? decimal : decimal.multiplied(byPowerOfTen: exponent)
    }
}
