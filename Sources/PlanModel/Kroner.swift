/// An amount of money in whole Danish kroner.
///
/// The plan never uses floating point for money: a `Kroner` wraps an `Int64`, and
/// encodes as a plain JSON integer (`40000`). Arithmetic traps on overflow like `Int64`
/// does; code that sums amounts read from untrusted sheets should use
/// ``adding(_:)`` / ``sum(_:)`` which report overflow instead.
///
/// ```swift
/// let total: Kroner = 1_490_000
/// total.formatted(.danish)   // "1.490.000"
/// total.formatted(.english)  // "1,490,000"
/// ```
public struct Kroner: Hashable, Comparable, Sendable, Codable, ExpressibleByIntegerLiteral,
    AdditiveArithmetic, CustomStringConvertible
{
    /// The amount in whole kroner.
    public var value: Int64

    /// Creates an amount of `value` kroner.
    @inlinable public init(_ value: Int64) { self.value = value }

    /// Creates an amount from an integer literal: `let frame: Kroner = 2_000_000`.
    @inlinable public init(integerLiteral value: Int64) { self.value = value }

    /// Zero kroner.
    public static let zero = Kroner(0)

    /// The way thousands are grouped when an amount is written for people.
    public enum Style: Sendable, Hashable {
        /// Danish: "." groups thousands: `1.490.000`.
        case danish
        /// English: "," groups thousands: `1,490,000`.
        case english
    }

    /// The amount with grouped thousands and no currency: `1.490.000` (Danish) or `1,490,000` (English).
    public func formatted(_ style: Style) -> String {
        let separator: Character = style == .danish ? "." : ","
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        let lead = digits.count % 3
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (offset - lead) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }

    /// The amount as a finance officer reads it in a sentence: `1.490.000 kr.` or `DKK 1,490,000`.
    public func phrase(_ style: Style) -> String {
        style == .danish ? "\(formatted(.danish)) kr." : "DKK \(formatted(.english))"
    }

    /// Danish grouping, as in the plan: `1.490.000`.
    public var description: String { formatted(.danish) }

    /// Whether the amount is below zero.
    @inlinable public var isNegative: Bool { value < 0 }

    /// The sum, or `nil` when it does not fit in 64 bits.
    public func adding(_ other: Kroner) -> Kroner? {
        let (result, overflow) = value.addingReportingOverflow(other.value)
        return overflow ? nil : Kroner(result)
    }

    /// The difference, or `nil` when it does not fit in 64 bits.
    public func subtracting(_ other: Kroner) -> Kroner? {
        let (result, overflow) = value.subtractingReportingOverflow(other.value)
        return overflow ? nil : Kroner(result)
    }

    /// The sum of `amounts`, or `nil` when it does not fit in 64 bits. An empty sequence sums to zero.
    public static func sum<S: Sequence>(_ amounts: S) -> Kroner? where S.Element == Kroner {
        var total = Kroner.zero
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }

    @inlinable public static func + (lhs: Kroner, rhs: Kroner) -> Kroner { Kroner(lhs.value + rhs.value) }
    @inlinable public static func - (lhs: Kroner, rhs: Kroner) -> Kroner { Kroner(lhs.value - rhs.value) }
    @inlinable public static func += (lhs: inout Kroner, rhs: Kroner) { lhs.value += rhs.value }
    @inlinable public static func -= (lhs: inout Kroner, rhs: Kroner) { lhs.value -= rhs.value }
    @inlinable public static prefix func - (amount: Kroner) -> Kroner { Kroner(-amount.value) }
    @inlinable public static func < (lhs: Kroner, rhs: Kroner) -> Bool { lhs.value < rhs.value }

    /// Decodes a JSON integer; a fraction (`40000.5`) or a string is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.value = try container.decodeLocated(Int64.self)
    }

    /// Encodes as a JSON integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
