/// How an activity that others help pay for is financed: its total cost, the
/// partnership's own share and the external shares, and the smallest own share a
/// co-financer requires.
///
/// "Belysning på Volden" in the 2013 plan costs 1.000.000 kr.; the partnership pays
/// 340.000 (stated as 1/3) and Naturstyrelsen is asked for 660.000; Naturstyrelsen
/// requires an own share of at least 1/3.
///
/// JSON: `{"totalCost": 1000000, "ownShare": 340000, "externalShares": [{"source": "Naturstyrelsen", "amount": 660000}], "minimumOwnShare": {"numerator": 1, "denominator": 3}}`.
public struct CoFinancing: Hashable, Sendable, Codable {
    /// The activity's whole cost.
    public var totalCost: Kroner
    /// What the partnership pays.
    public var ownShare: Kroner
    /// The fraction the plan states for the own share ("1/3"), when it states one.
    public var statedOwnShare: Fraction?
    /// What others pay (or are asked to pay).
    public var externalShares: [ExternalShare]
    /// The smallest own share allowed, as a fraction of the total cost.
    public var minimumOwnShare: Fraction?
    /// Who requires the minimum own share, e.g. "Naturstyrelsen".
    public var minimumOwnShareRequiredBy: String?

    /// Creates a co-financing.
    public init(
        totalCost: Kroner, ownShare: Kroner, statedOwnShare: Fraction? = nil, externalShares: [ExternalShare],
        minimumOwnShare: Fraction? = nil, minimumOwnShareRequiredBy: String? = nil
    ) {
        self.totalCost = totalCost
        self.ownShare = ownShare
        self.statedOwnShare = statedOwnShare
        self.externalShares = externalShares
        self.minimumOwnShare = minimumOwnShare
        self.minimumOwnShareRequiredBy = minimumOwnShareRequiredBy
    }

    /// One external share: who pays (or is asked to pay) how much.
    public struct ExternalShare: Hashable, Sendable, Codable {
        /// The external financer, e.g. "Naturstyrelsen".
        public var source: String
        /// The amount.
        public var amount: Kroner
        /// Where the share stands, e.g. "søgt" (applied for) or "bevilget" (granted).
        public var status: String?

        /// Creates an external share.
        public init(source: String, amount: Kroner, status: String? = nil) {
            self.source = source
            self.amount = amount
            self.status = status
        }
    }

    /// The own share plus all external shares, or `nil` when the sum does not fit in 64 bits.
    public var financedTotal: Kroner? {
        Kroner.sum([ownShare] + externalShares.map(\.amount))
    }
}
