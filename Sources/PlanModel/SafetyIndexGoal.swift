/// The plan's goal for the residents' feeling of safety, measured by a safety index.
///
/// In the 2013 plan: the residents' assessment of the need for safety efforts falls
/// from "markant" to "ordinært" by the end of 2016, measured by Københavns Kommunes
/// Tryghedsindeks (published each May); in 2012 district 18 showed a "markant" need.
public struct SafetyIndexGoal: Hashable, Sendable, Codable {
    /// The index the goal is measured by.
    public var index: String
    /// Where the index is read, e.g. "distrikt 18".
    public var district: String?
    /// The year of the starting level.
    public var baselineYear: Int
    /// The starting level, e.g. "markant".
    public var baselineLevel: String
    /// The level to reach, e.g. "ordinært".
    public var targetLevel: String
    /// The year by whose end the level is to be reached.
    public var targetYear: Int
    /// The goal in the plan's own words.
    public var description: String?

    /// Creates a safety-index goal.
    public init(
        index: String, district: String? = nil, baselineYear: Int, baselineLevel: String,
        targetLevel: String, targetYear: Int, description: String? = nil
    ) {
        self.index = index
        self.district = district
        self.baselineYear = baselineYear
        self.baselineLevel = baselineLevel
        self.targetLevel = targetLevel
        self.targetYear = targetYear
        self.description = description
    }

    private enum CodingKeys: String, CodingKey {
        case index, district, baselineYear, baselineLevel, targetLevel, targetYear, description
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(String.self, forKey: .index)
        district = try c.decodeIfPresent(String.self, forKey: .district)
        baselineYear = try c.decodeLocated(Int.self, forKey: .baselineYear)
        baselineLevel = try c.decode(String.self, forKey: .baselineLevel)
        targetLevel = try c.decode(String.self, forKey: .targetLevel)
        targetYear = try c.decodeLocated(Int.self, forKey: .targetYear)
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }
}
