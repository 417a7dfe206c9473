import PlanModel

/// Settings for a validation run.
public struct ValidationOptions: Sendable, Hashable {
    /// The money available per year. `nil`: the plan's frame, else what the submission
    /// states or implies (see ``Validator``).
    public var annualFrame: Kroner?
    /// The plan period. `nil`: the plan's period, else the years the submission shows.
    public var period: PlanPeriod?
    /// The least similarity for pairing two activity names (0...1; default 0.6).
    public var minimumMatchConfidence: Double

    /// The focus areas when no plan gives them: 1–5.
    public static let defaultFocusAreas = Array(1...5)

    /// Creates options; every `nil` falls back to the plan, then to what a submission shows.
    public init(annualFrame: Kroner? = nil, period: PlanPeriod? = nil, minimumMatchConfidence: Double = 0.6) {
        self.annualFrame = annualFrame
        self.period = period
        self.minimumMatchConfidence = minimumMatchConfidence
    }

    /// The frame given here or by `plan`; `nil` when neither gives one.
    public func resolvedAnnualFrame(plan: Plan?) -> Kroner? { annualFrame ?? plan?.annualFrame }

    /// The period given here or by `plan`; `nil` when neither gives one.
    public func resolvedPeriod(plan: Plan?) -> PlanPeriod? { period ?? plan?.period }
}
