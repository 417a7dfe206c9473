import BudgetRules
import PlanModel

/// Settings for an import.
public struct ImportOptions: Sendable {
    /// The plan whose activities (names, ids, details) the sheets' rows are matched to;
    /// `nil` makes a new plan with generated ids.
    public var basePlan: Plan?
    /// The annual frame of a new plan (else the overview's total + remaining, else 2.000.000 kr.);
    /// with a base plan, replaces its frame when given.
    public var annualFrame: Kroner?
    /// The partnership's name in a new plan.
    public var partnershipName: String
    /// The least similarity for taking a row for an activity (0...1).
    public var minimumMatchConfidence: Double
    /// The certainty below which a match is reported (`match-uncertain`, a warning): 0.8.
    public var certainMatchConfidence: Double = 0.8

    /// Creates options.
    public init(
        basePlan: Plan? = nil, annualFrame: Kroner? = nil, partnershipName: String = "Partnerskab",
        minimumMatchConfidence: Double = 0.6
    ) {
        self.basePlan = basePlan
        self.annualFrame = annualFrame
        self.partnershipName = partnershipName
        self.minimumMatchConfidence = minimumMatchConfidence
    }
}
