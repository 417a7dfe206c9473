/// A decimal number held exactly: `significand / 10^fractionDigits`.
///
/// Amounts never pass through floating point: `1.490.000,50` is
/// `ExactDecimal(significand: 149000050, fractionDigits: 2)`. Values are normalised
/// (no trailing zeros in the fraction), so equal numbers compare equal.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The digits as an integer, with the sign.
    public private(set) var significand: Int64
    /// How many of the digits are decimals (0 for an integer).
    public private(set) var fractionDigits: Int

    /// Creates `significand / 10^fractionDigits`, normalised.
    public init(significand: Int64, fractionDigits: Int = 0) {
        self.significand = significand
        self.fractionDigits = max(fractionDigits, 0)
        normalize()
    }

    /// Zero.
    public static let zero = ExactDecimal(significand: 0)

    private mutating func normalize() {
        while fractionDigits > 0 && significand % 10 == 0 {
            significand /= 10
            fractionDigits -= 1
        }
        if significand == 0 { fractionDigits = 0 }
    }

    /// Whether the value is a whole number.
    public var isIntegral: Bool { fractionDigits == 0 }

    /// The value when it is a whole number.
    public var integerValue: Int64? { fractionDigits == 0 ? significand : nil }

    /// The value times 100 (kroner to øre) when that is a whole number that fits in 64 bits.
    public var hundredths: Int64? {
        guard fractionDigits <= 2 else { return nil }
        return ExactDecimal.scale(significand, by: 2 - fractionDigits)
    }

    /// The value times `10^power` (`power` may be negative), or `nil` when it does not fit.
    public func multiplied(byPowerOfTen power: Int) -> ExactDecimal? {
        if power <= fractionDigits {
            return ExactDecimal(significand: significand, fractionDigits: fractionDigits - power)
        }
        guard let scaled = ExactDecimal.scale(significand, by: power - fractionDigits) else { return nil }
        return ExactDecimal(significand: scaled, fractionDigits: 0)
    }

    /// The value with the opposite sign.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, fractionDigits: fractionDigits) }

    static func scale(_ value: Int64, by power: Int) -> Int64? {
        guard power >= 0 else { return nil }
        var result = value
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }

    /// Plain decimal notation with a point: `1490000.5`, `-40000`.
    public var description: String {
        guard fractionDigits > 0 else { return String(significand) }
        let magnitude = significand.magnitude
        var digits = String(magnitude)
        if digits.count <= fractionDigits {
            digits = String(repeating: "0", count: fractionDigits - digits.count + 1) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -fractionDigits)
        return (significand < 0 ? "-" : "") + digits[..<split] + "." + digits[split...]
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        // Compare at a common scale; fall back to wide arithmetic on overflow.
        let digits = max(lhs.fractionDigits, rhs.fractionDigits)
        if let a = scale(lhs.significand, by: digits - lhs.fractionDigits),
            let b = scale(rhs.significand, by: digits - rhs.fractionDigits)
        {
            return a < b
        }
        let a = lhs.significand.multipliedFullWidth(by: pow10(digits - lhs.fractionDigits))
        let b = rhs.significand.multipliedFullWidth(by: pow10(digits - rhs.fractionDigits))
        return (a.high, a.low) < (b.high, b.low)
    }

    private static func pow10(_ power: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<min(power, 18) { value *= 10 }
        return value
    }
}
