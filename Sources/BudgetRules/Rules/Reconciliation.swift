import PlanModel

/// A submission's activities reconciled: the overview's rows paired with the area
/// tables' rows (rule 5), and every row resolved to an activity of the approved plan
/// when there is one. ``matches`` is what the report shows.
public struct Reconciliation: Sendable {
    /// A row of the submission with the focus area it belongs to.
    struct Entry: Sendable {
        var row: ActivityRow
        var area: Int?
    }

    /// The overview tables' rows, in order.
    let overviewRows: [Entry]
    /// The area tables' rows, in order (area from the row, else from the table).
    let areaRows: [Entry]
    /// Pairs: index into `overviewRows`, index into `areaRows`.
    let pairs: [ActivityMatcher.Pair]
    /// Plan activity resolved per overview row index.
    let overviewPlan: [Int: (activityID: String, pair: ActivityMatcher.Pair)]
    /// Plan activity resolved per area row index.
    let areaPlan: [Int: (activityID: String, pair: ActivityMatcher.Pair)]
    /// Whether an approved plan was used.
    let hasPlan: Bool

    /// Reconciles `submission`'s rows with `matcher` (which carries the plan, if any).
    public init(submission: Submission, matcher: ActivityMatcher) {
        overviewRows = submission.overviewTables.flatMap { table in table.rows.map { Entry(row: $0, area: $0.area) } }
        areaRows = submission.areaTables.flatMap { table in table.rows.map { Entry(row: $0, area: $0.area ?? table.area) } }
        let overviewEntries = overviewRows.map { ActivityMatcher.Entry(area: $0.area, id: $0.row.id, name: $0.row.name) }
        let areaEntries = areaRows.map { ActivityMatcher.Entry(area: $0.area, id: $0.row.id, name: $0.row.name) }
        pairs = matcher.match(overviewEntries, areaEntries)
        overviewPlan = matcher.resolve(overviewEntries)
        areaPlan = matcher.resolve(areaEntries)
        hasPlan = matcher.plan != nil
        file = submission.file
    }

    private let file: String

    /// The reconciled activities: each pair, then rows matched only to the plan.
    public var matches: [ActivityMatch] {
        var out: [ActivityMatch] = []
        for pair in pairs {
            let o = overviewRows[pair.left]
            let a = areaRows[pair.right]
            out.append(
                ActivityMatch(
                    file: file, area: o.area ?? a.area,
                    overview: .init(name: o.row.name, location: o.row.location),
                    areaTable: .init(name: a.row.name, location: a.row.location),
                    planActivityID: overviewPlan[pair.left]?.activityID ?? areaPlan[pair.right]?.activityID,
                    method: pair.method, confidence: pair.confidence))
        }
        let pairedOverview = Set(pairs.map(\.left))
        let pairedArea = Set(pairs.map(\.right))
        for (index, entry) in overviewRows.enumerated() where !pairedOverview.contains(index) {
            guard let resolved = overviewPlan[index] else { continue }
            out.append(
                ActivityMatch(
                    file: file, area: entry.area, overview: .init(name: entry.row.name, location: entry.row.location),
                    areaTable: nil, planActivityID: resolved.activityID, method: resolved.pair.method,
                    confidence: resolved.pair.confidence))
        }
        for (index, entry) in areaRows.enumerated() where !pairedArea.contains(index) {
            guard let resolved = areaPlan[index] else { continue }
            out.append(
                ActivityMatch(
                    file: file, area: entry.area, overview: nil, areaTable: .init(name: entry.row.name, location: entry.row.location),
                    planActivityID: resolved.activityID, method: resolved.pair.method, confidence: resolved.pair.confidence))
        }
        return out
    }
}
