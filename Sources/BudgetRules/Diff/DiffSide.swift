import PlanModel

/// One version of the plan as the differ sees it: the plan, whether its activity ids
/// can be trusted to name the same activity as the other version's, and how sheet rows
/// were tied to its activities when the plan was imported.
public struct DiffSide: Sendable {
    /// The plan.
    public var plan: Plan
    /// Whether the ids follow the plan's rule (given once, kept, never reused) in a
    /// lineage shared with the other version: true for plan JSON and for sheets
    /// reconciled against a base plan; false for ids an import without a base made up.
    public var idsAreStable: Bool
    /// For activities imported from sheets: how the sheet row was matched to the
    /// activity (by id, name, alias, similarity), keyed by activity id.
    public var rowMatches: [String: ChangeMatch]

    /// Creates a side.
    public init(plan: Plan, idsAreStable: Bool = true, rowMatches: [String: ChangeMatch] = [:]) {
        self.plan = plan
        self.idsAreStable = idsAreStable
        self.rowMatches = rowMatches
    }
}
