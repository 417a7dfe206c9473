/// A crime target (måltal) of the plan: the number of police reports of one offence in
/// a baseline year, and per year the reduction aimed at and the resulting count.
///
/// Every target count is `baseline × (1 − reduction)` rounded half up, computed in
/// integers (see ``expectedCount(baseline:reduction:)``): 154 × 0.75 = 115.5 → 116.
///
/// JSON: `{"offence": "Indbrud", "baselineYear": 2012, "baseline": 154, "targets": [{"year": 2013, "reduction": 10, "count": 139}, …]}`.
public struct CrimeTarget: Hashable, Sendable, Codable {
    /// The offence (Gerningstype), e.g. "Indbrud".
    public var offence: String
    /// The year of the baseline count, e.g. 2012.
    public var baselineYear: Int
    /// The number of reports in the baseline year.
    public var baseline: Int
    /// The targets per year.
    public var targets: [Target]

    /// Creates a crime target.
    public init(offence: String, baselineYear: Int, baseline: Int, targets: [Target]) {
        self.offence = offence
        self.baselineYear = baselineYear
        self.baseline = baseline
        self.targets = targets
    }

    /// The target for one year.
    public struct Target: Hashable, Sendable, Codable {
        /// The year.
        public var year: Int
        /// The reduction from the baseline in whole percent (10 for "-10 %").
        public var reduction: Int
        /// The target number of reports.
        public var count: Int

        /// Creates a yearly target.
        public init(year: Int, reduction: Int, count: Int) {
            self.year = year
            self.reduction = reduction
            self.count = count
        }

        private enum CodingKeys: String, CodingKey { case year, reduction, count }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            year = try c.decodeLocated(Int.self, forKey: .year)
            reduction = try c.decodeLocated(Int.self, forKey: .reduction)
            count = try c.decodeLocated(Int.self, forKey: .count)
        }
    }

    private enum CodingKeys: String, CodingKey { case offence, baselineYear, baseline, targets }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        offence = try c.decode(String.self, forKey: .offence)
        baselineYear = try c.decodeLocated(Int.self, forKey: .baselineYear)
        baseline = try c.decodeLocated(Int.self, forKey: .baseline)
        targets = try c.decode([Target].self, forKey: .targets)
    }

    /// `baseline × (100 − reduction) / 100` rounded half up, in integers only;
    /// `nil` when the product does not fit in an `Int`.
    ///
    /// `expectedCount(baseline: 154, reduction: 25)` is 116 (115,5 rounded up).
    public static func expectedCount(baseline: Int, reduction: Int) -> Int? {
        let (remaining, o1) = 100.subtractingReportingOverflow(reduction)
        let (product, o2) = baseline.multipliedReportingOverflow(by: remaining)
        let (doubled, o3) = product.multipliedReportingOverflow(by: 2)
        let (shifted, o4) = doubled.addingReportingOverflow(100)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        // floor((2x + 100) / 200) is x / 100 rounded half up, also for negative x.
        let (quotient, remainder) = shifted.quotientAndRemainder(dividingBy: 200)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// The targets in increasing year order.
    public var targetsByYear: [Target] { targets.sorted { $0.year < $1.year } }
}
