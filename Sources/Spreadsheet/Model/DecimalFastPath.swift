/// The correctly rounded `Double` of a decimal number `mantissa × 10^scale` when one IEEE
/// operation on exact operands gives it: the mantissa fits in 53 bits and the power of ten
/// is at most 22, both exact in a `Double` (Clinger's fast path). The CSV and XLSX number
/// readers use it before falling back to `strtod`.
enum DecimalFastPath {
    /// Exact powers of ten that a `Double` holds.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `±mantissa × 10^scale`, or `nil` when the fast path does not give it exactly.
    @inline(__always)
    static func double(mantissa: UInt64, scale: Int, negative: Bool) -> Double? {
        guard mantissa <= 1 << 53, scale >= -22, scale <= 22 else { return nil }
        var value = Double(mantissa)
        if scale < 0 { value /= powersOfTen[-scale] } else { value *= powersOfTen[scale] }
        return negative ? -value : value
    }
}
