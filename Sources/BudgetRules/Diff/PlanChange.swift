import PlanModel

/// One difference between two versions of a plan, found by meaning (an activity is
/// followed by its id, names and aliases, not by its row).
///
/// Amount changes carry the old value, the new value and the ``difference`` (new − old);
/// changes to a paired activity carry how it was paired (``match``).
public struct PlanChange: Hashable, Sendable {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// An activity only the new plan has (`new` is its name, `difference` its funding over all years).
        case activityAdded = "activity-added"
        /// An activity only the old plan has (`old` is its name, `difference` minus its funding).
        case activityRemoved = "activity-removed"
        /// An activity's name (or, when only that changed, its short name) changed.
        case activityRenamed = "activity-renamed"
        /// An activity moved to another focus area (`old` and `new` are the areas).
        case activityMoved = "activity-moved"
        /// An activity's funding in ``PlanChange/year`` changed.
        case fundingChanged = "funding-changed"
        /// A year joined the plan period.
        case yearAdded = "year-added"
        /// A year left the plan period.
        case yearRemoved = "year-removed"
        /// The annual frame changed.
        case frameChanged = "frame-changed"
        /// A figure of an activity's co-financing changed (``PlanChange/field`` says which).
        case coFinancingChanged = "cofinancing-changed"
        /// A crime target's baseline, reduction or count changed, or an offence came or went.
        case crimeTargetChanged = "crime-target-changed"
        /// A detail text of an activity changed (``PlanChange/field`` says which).
        case detailChanged = "detail-changed"
    }

    /// What changed.
    public var kind: Kind
    /// The activity's id (on the new side when paired), for activity changes.
    public var activity: String?
    /// The activity's name (new side when it has one), for reading the change.
    public var activityName: String?
    /// The focus area the change is shown under (the new area of a paired or added
    /// activity, the old one of a removed activity); `nil` for plan-wide changes.
    public var focusArea: Int?
    /// What the change is about besides an activity: the offence of a crime-target
    /// change, the financer of an external co-financing share.
    public var subject: String?
    /// The year, for funding, year and per-year crime-target changes.
    public var year: Int?
    /// Which part changed, for renames, co-financing, crime targets and details.
    public var field: ChangeField?
    /// The value before (`nil` when there was none).
    public var old: ChangeValue?
    /// The value after (`nil` when there is none).
    public var new: ChangeValue?
    /// New − old, for amounts and counts.
    public var difference: Int64?
    /// How the activity was paired across the two versions.
    public var match: ChangeMatch?

    /// Creates a change.
    public init(
        kind: Kind, activity: String? = nil, activityName: String? = nil, focusArea: Int? = nil,
        subject: String? = nil, year: Int? = nil, field: ChangeField? = nil, old: ChangeValue? = nil,
        new: ChangeValue? = nil, difference: Int64? = nil, match: ChangeMatch? = nil
    ) {
        self.kind = kind
        self.activity = activity
        self.activityName = activityName
        self.focusArea = focusArea
        self.subject = subject
        self.year = year
        self.field = field
        self.old = old
        self.new = new
        self.difference = difference
        self.match = match
    }
}

/// How an activity of the old plan was paired with one of the new plan.
public struct ChangeMatch: Hashable, Sendable {
    /// By id, name, alias, similarity or as the last pair of its area.
    public var method: MatchMethod
    /// How sure the pairing is, 0...1.
    public var certainty: Double

    /// Creates a match.
    public init(method: MatchMethod, certainty: Double) {
        self.method = method
        self.certainty = certainty
    }
}
