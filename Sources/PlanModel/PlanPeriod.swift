/// The years a plan runs, first and last included (the 2013 plan: 2013–2016).
///
/// JSON: `{"firstYear": 2013, "lastYear": 2016}`.
public struct PlanPeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first year of the period.
    public var firstYear: Int
    /// The last year of the period (included).
    public var lastYear: Int

    /// Creates the period `firstYear`–`lastYear`.
    public init(firstYear: Int, lastYear: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Whether `year` lies inside the period.
    public func contains(_ year: Int) -> Bool { year >= firstYear && year <= lastYear }

    /// The years of the period in order (empty when the last year is before the first).
    public var years: [Int] { firstYear <= lastYear ? Array(firstYear...lastYear) : [] }

    private enum CodingKeys: String, CodingKey { case firstYear, lastYear }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        firstYear = try c.decodeLocated(Int.self, forKey: .firstYear)
        lastYear = try c.decodeLocated(Int.self, forKey: .lastYear)
    }

    /// `2013–2016` (with an en dash).
    public var description: String { "\(firstYear)–\(lastYear)" }
}
