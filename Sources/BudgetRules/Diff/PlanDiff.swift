import PlanModel

/// What changed between two versions of a plan: the changes in reading order (plan-wide
/// first, then activity by activity in focus-area order, then crime targets), the
/// totals and remaining frame per year before and after, and how activities were paired.
public struct PlanDiff: Sendable {
    /// The old version.
    public var old: Plan
    /// The new version.
    public var new: Plan
    /// The changes.
    public var changes: [PlanChange]
    /// Totals and remaining per year, for every year of either version.
    public var totals: [YearTotals]
    /// The activity pairs: old id → new id, with how they were paired.
    public var pairs: [ActivityPair]

    /// Creates a diff.
    public init(old: Plan, new: Plan, changes: [PlanChange], totals: [YearTotals], pairs: [ActivityPair]) {
        self.old = old
        self.new = new
        self.changes = changes
        self.totals = totals
        self.pairs = pairs
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes of each kind, every kind listed (in ``PlanChange/Kind`` order).
    public var counts: [(kind: PlanChange.Kind, count: Int)] {
        PlanChange.Kind.allCases.map { kind in (kind, changes.filter { $0.kind == kind }.count) }
    }

    /// An activity of the old version paired with one of the new.
    public struct ActivityPair: Hashable, Sendable {
        /// The old activity's id.
        public var old: String
        /// The new activity's id.
        public var new: String
        /// How they were paired.
        public var match: ChangeMatch
    }
}
