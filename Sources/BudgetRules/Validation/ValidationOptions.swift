import PlanModel

/// Settings for a validation run.
public struct ValidationOptions: Sendable, Hashable {
    /// The money available per year. `nil`: the plan's frame, else ``defaultAnnualFrame``.
    public var annualFrame: Kroner?
    /// The plan period. `nil`: the plan's period, else ``defaultPeriod``.
    public var period: PlanPeriod?
    /// The least similarity for pairing two activity names (0...1; default 0.6).
    public var minimumMatchConfidence: Double

    /// The 2013 plan's annual frame: 2.000.000 kr.
    public static let defaultAnnualFrame: Kroner = 2_000_000
    /// The 2013 plan's period: 2013–2016.
    public static let defaultPeriod = PlanPeriod.tingbjergHusum2013
    /// The focus areas when no plan gives them: 1–5.
    public static let defaultFocusAreas = Array(1...5)

    /// Creates options; every `nil` falls back to the plan, then to the defaults.
    public init(annualFrame: Kroner? = nil, period: PlanPeriod? = nil, minimumMatchConfidence: Double = 0.6) {
        self.annualFrame = annualFrame
        self.period = period
        self.minimumMatchConfidence = minimumMatchConfidence
    }

    /// The frame to use with `plan`.
    public func resolvedAnnualFrame(plan: Plan?) -> Kroner { annualFrame ?? plan?.annualFrame ?? Self.defaultAnnualFrame }

    /// The period to use with `plan`.
    public func resolvedPeriod(plan: Plan?) -> PlanPeriod { period ?? plan?.period ?? Self.defaultPeriod }
}
