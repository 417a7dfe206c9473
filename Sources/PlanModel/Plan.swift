/// A safety plan (Tryghedsplan): the partnership, the period, the annual frame, the
/// focus areas with their activities, the crime targets and the safety-index goal.
///
/// This is the one model every partner's spreadsheet maps to. It holds whole kroner
/// only and does no I/O; ``jsonData()`` and ``init(jsonData:)`` give its canonical
/// JSON form (see `schema/plan.schema.json`).
public struct Plan: Hashable, Sendable, Codable {
    /// The plan's title, e.g. "Tryghedsplan for Tingbjerg-Husum Partnerskab 2013".
    public var title: String?
    /// The partnership that owns the plan.
    public var partnership: Partnership
    /// The years the plan runs.
    public var period: PlanPeriod
    /// The money available per year (total + remaining), 2.000.000 kr. in the 2013 plan.
    public var annualFrame: Kroner
    /// The focus areas (indsatsområder) in order.
    public var focusAreas: [FocusArea]
    /// The activities in the plan's order.
    public var activities: [Activity]
    /// The crime targets.
    public var crimeTargets: [CrimeTarget]
    /// The goal for the safety index, when the plan sets one.
    public var safetyIndexGoal: SafetyIndexGoal?

    /// Creates a plan.
    public init(
        title: String? = nil, partnership: Partnership, period: PlanPeriod, annualFrame: Kroner,
        focusAreas: [FocusArea], activities: [Activity], crimeTargets: [CrimeTarget] = [],
        safetyIndexGoal: SafetyIndexGoal? = nil
    ) {
        self.title = title
        self.partnership = partnership
        self.period = period
        self.annualFrame = annualFrame
        self.focusAreas = focusAreas
        self.activities = activities
        self.crimeTargets = crimeTargets
        self.safetyIndexGoal = safetyIndexGoal
    }

    /// The activity with identifier `id`, if any.
    public func activity(id: String) -> Activity? { activities.first { $0.id == id } }

    /// The focus area numbered `number`, if any.
    public func focusArea(_ number: Int) -> FocusArea? { focusAreas.first { $0.number == number } }

    /// The activities funded under focus area `number`, in the plan's order.
    public func activities(inFocusArea number: Int) -> [Activity] {
        activities.filter { $0.focusArea == number }
    }

    /// The sum of all activities' funding in `year`, or `nil` on 64-bit overflow.
    public func total(in year: Int) -> Kroner? {
        Kroner.sum(activities.map { $0.funding[year] })
    }

    /// The sum of focus area `number`'s activities in `year`, or `nil` on 64-bit overflow.
    public func total(inFocusArea number: Int, year: Int) -> Kroner? {
        Kroner.sum(activities(inFocusArea: number).map { $0.funding[year] })
    }

    /// What is left of the annual frame in `year` (frame − total; negative when overspent).
    public func remaining(in year: Int) -> Kroner? {
        total(in: year).flatMap { annualFrame.subtracting($0) }
    }

    private enum CodingKeys: String, CodingKey {
        case title, partnership, period, annualFrame, focusAreas, activities, crimeTargets, safetyIndexGoal
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        partnership = try c.decode(Partnership.self, forKey: .partnership)
        period = try c.decode(PlanPeriod.self, forKey: .period)
        annualFrame = try c.decode(Kroner.self, forKey: .annualFrame)
        focusAreas = try c.decode([FocusArea].self, forKey: .focusAreas)
        activities = try c.decode([Activity].self, forKey: .activities)
        crimeTargets = try c.decode([CrimeTarget].self, forKey: .crimeTargets)
        safetyIndexGoal = try c.decodeIfPresent(SafetyIndexGoal.self, forKey: .safetyIndexGoal)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode(partnership, forKey: .partnership)
        try c.encode(period, forKey: .period)
        try c.encode(annualFrame, forKey: .annualFrame)
        try c.encode(focusAreas, forKey: .focusAreas)
        try c.encode(activities, forKey: .activities)
        try c.encode(crimeTargets, forKey: .crimeTargets)
        try c.encodeIfPresent(safetyIndexGoal, forKey: .safetyIndexGoal)
    }
}
