import PlanModel

/// A submission's activities reconciled: the overview's rows paired with the area
/// tables' rows (rule 5), rows that repeat an earlier row of their area (rule 8), and
/// every row resolved to an activity of the approved plan when there is one.
/// ``matches`` is what the report shows.
///
/// A row's focus area is its table's for area-table rows, else the row's own; an area
/// that is not valid counts as unknown here (rule 7 reports it), so that the row can
/// still be matched by its name.
public struct Reconciliation: Sendable {
    /// A row of the submission with the focus area it belongs to.
    struct Entry: Sendable {
        var row: ActivityRow
        var area: Int?
    }

    /// The submitted file.
    let file: String
    /// The overview tables' rows, in order.
    let overviewRows: [Entry]
    /// The area tables' rows, in order.
    let areaRows: [Entry]
    /// Pairs: `left` indexes `overviewRows`, `right` indexes `areaRows`.
    let pairs: [ActivityMatcher.Pair]
    /// Plan activity resolved per overview row index.
    let overviewPlan: [Int: ActivityMatcher.Resolution]
    /// Plan activity resolved per area row index.
    let areaPlan: [Int: ActivityMatcher.Resolution]
    /// Overview rows that repeat an earlier overview row of their area: index → first index.
    let overviewDuplicates: [Int: Int]
    /// Area-table rows that repeat an earlier area-table row of their area: index → first index.
    let areaDuplicates: [Int: Int]
    /// Whether an approved plan was used.
    let hasPlan: Bool

    /// Reconciles `submission`'s rows with `matcher` (which carries the plan, if any);
    /// `focusAreaNumbers` are the valid focus areas.
    public init(submission: Submission, matcher: ActivityMatcher, focusAreaNumbers: [Int]) {
        let valid = Set(focusAreaNumbers)
        func checked(_ area: Int?) -> Int? { area.flatMap { valid.contains($0) ? $0 : nil } }
        file = submission.file
        let overviewRows = submission.overviewTables.flatMap { table in
            table.rows.map { Entry(row: $0, area: checked($0.area)) }
        }
        let areaRows = submission.areaTables.flatMap { table in
            table.rows.map { Entry(row: $0, area: checked(table.area) ?? checked($0.area)) }
        }
        self.overviewRows = overviewRows
        self.areaRows = areaRows
        hasPlan = matcher.plan != nil
        let overviewRepeats = Self.duplicates(overviewRows, matcher: matcher)
        let areaRepeats = Self.duplicates(areaRows, matcher: matcher)
        overviewDuplicates = overviewRepeats
        areaDuplicates = areaRepeats
        // Repeated rows take no part in matching (rule 8 reports them).
        let overviewEntries = overviewRows.enumerated().map { index, entry in
            Self.entry(entry, excluded: overviewRepeats[index] != nil)
        }
        let areaEntries = areaRows.enumerated().map { index, entry in
            Self.entry(entry, excluded: areaRepeats[index] != nil)
        }
        pairs = matcher.match(overviewEntries, areaEntries)
        // Each table is resolved to the plan by itself: one sheet per year names every
        // activity once per sheet.
        let overviewTable = submission.overviewTables.enumerated().flatMap { index, table in table.rows.map { _ in index } }
        let areaTable = submission.areaTables.enumerated().flatMap { index, table in table.rows.map { _ in index } }
        overviewPlan = Self.resolve(overviewEntries, tables: overviewTable, matcher: matcher)
        areaPlan = Self.resolve(areaEntries, tables: areaTable, matcher: matcher)
    }

    /// `entries` resolved to the plan table by table (`tables` gives each entry's table).
    private static func resolve(
        _ entries: [ActivityMatcher.Entry], tables: [Int], matcher: ActivityMatcher
    ) -> [Int: ActivityMatcher.Resolution] {
        guard Set(tables).count > 1 else { return matcher.resolve(entries) }
        var out: [Int: ActivityMatcher.Resolution] = [:]
        for table in Set(tables).sorted() {
            let indices = entries.indices.filter { tables[$0] == table }
            for (position, resolution) in matcher.resolve(indices.map { entries[$0] }) { out[indices[position]] = resolution }
        }
        return out
    }

    private static func entry(_ entry: Entry, excluded: Bool) -> ActivityMatcher.Entry {
        excluded
            ? ActivityMatcher.Entry(area: entry.area, names: [])
            : ActivityMatcher.Entry(area: entry.area, id: entry.row.id, name: entry.row.name)
    }

    /// Rows that repeat an earlier row of the same area: the same name after
    /// normalisation, the same id, or the same plan activity.
    private static func duplicates(_ rows: [Entry], matcher: ActivityMatcher) -> [Int: Int] {
        // Rows for different years (one sheet per year) are not repetitions: a row repeats
        // an earlier one only when both give an amount for a common year.
        var seen: [String: [(index: Int, years: Set<Int>)]] = [:]
        var out: [Int: Int] = [:]
        for (index, entry) in rows.enumerated() {
            let area = entry.area.map(String.init) ?? "?"
            var keys: [String] = []
            let name = DanishText.normalize(entry.row.name)
            if !name.isEmpty { keys.append("\(area)|name|\(name)") }
            if let id = entry.row.id?.trimmingSpaces, !id.isEmpty { keys.append("\(area)|id|\(id)") }
            if let activity = matcher.planActivity(naming: .init(area: entry.area, id: entry.row.id, name: entry.row.name)) {
                keys.append("\(area)|plan|\(activity.id)")
            }
            let years = Set(entry.row.amounts.keys)
            let first = keys.lazy.compactMap { key in
                seen[key]?.first { earlier in
                    earlier.years.isEmpty || years.isEmpty || !earlier.years.isDisjoint(with: years)
                }?.index
            }.first
            if let first {
                out[index] = first
                continue
            }
            for key in keys { seen[key, default: []].append((index, years)) }
        }
        return out
    }

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
                    areaTable: nil, planActivityID: resolved.activityID, method: resolved.method,
                    confidence: resolved.confidence))
        }
        for (index, entry) in areaRows.enumerated() where !pairedArea.contains(index) {
            guard let resolved = areaPlan[index] else { continue }
            out.append(
                ActivityMatch(
                    file: file, area: entry.area, overview: nil,
                    areaTable: .init(name: entry.row.name, location: entry.row.location),
                    planActivityID: resolved.activityID, method: resolved.method, confidence: resolved.confidence))
        }
        return out
    }
}
