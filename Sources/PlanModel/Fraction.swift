/// An exact fraction such as the minimum own share `1/3` of a co-financed activity.
///
/// The model keeps shares as integers (numerator over a positive denominator) so that
/// comparisons with amounts are exact: 340.000 of 1.000.000 meets `1/3` because
/// `340000 × 3 ≥ 1 × 1000000`. Encodes as `{"numerator": 1, "denominator": 3}`.
public struct Fraction: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The numerator.
    public let numerator: Int64
    /// The denominator, always above zero.
    public let denominator: Int64

    /// Creates `numerator/denominator`. The denominator must be above zero.
    public init(_ numerator: Int64, _ denominator: Int64) {
        precondition(denominator > 0, "a fraction's denominator must be above zero")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Creates `numerator/denominator`, or `nil` unless the denominator is above zero.
    public init?(numerator: Int64, denominator: Int64) {
        guard denominator > 0 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `1/3`.
    public var description: String { "\(numerator)/\(denominator)" }

    /// Whether `part` is at least this fraction of `whole` (exact, no rounding, no overflow).
    public func isMet(by part: Kroner, of whole: Kroner) -> Bool {
        // part / whole >= numerator / denominator  <=>  part × denominator >= numerator × whole
        let left = part.value.multipliedFullWidth(by: denominator)
        let right = numerator.multipliedFullWidth(by: whole.value)
        if left.high != right.high { return left.high > right.high }
        return left.low >= right.low
    }

    /// The smallest whole amount that is at least this fraction of `whole` (rounded up),
    /// or `nil` when it does not fit in 64 bits.
    public func minimumPart(of whole: Kroner) -> Kroner? {
        let (product, overflow) = numerator.multipliedReportingOverflow(by: whole.value)
        guard !overflow else { return nil }
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: denominator)
        return Kroner(remainder > 0 ? quotient + 1 : quotient)
    }

    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    /// Decodes `{"numerator": 1, "denominator": 3}`; a denominator of zero or below is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let numerator = try container.decodeLocated(Int64.self, forKey: .numerator)
        let denominator = try container.decodeLocated(Int64.self, forKey: .denominator)
        guard denominator > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .denominator, in: container, debugDescription: "must be above zero")
        }
        self.init(numerator, denominator)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }
}
