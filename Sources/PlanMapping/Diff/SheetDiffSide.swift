import BudgetRules
import PlanModel

/// A version of the plan given as partner sheets: imported as `plansheet import` does
/// (``PlanImporter``), then read as the sheets show it, for `PlanDiffer`.
///
/// With a base plan, the import keeps the base's ids, names and details; this type then
/// puts back what the sheets say differently, so that a diff sees it:
/// - a row whose name is none of the names its activity is known by renames it (an
///   overview row its short name, an area-table or long row its name), and the row's
///   match (method and certainty) is kept for the report;
/// - a row under another focus area, named as a base activity no other row took, is that
///   activity moved (the import makes it a new activity);
/// - activities of the base that no sheet mentions are not in this version (when the
///   sheets hold any activity table at all);
/// - the frame is the one the sheets state ("Årlig ramme"), else an overview's total +
///   remaining, else the base's; the period spans the years the activity tables show.
///
/// Without a base, the import makes up ids; ``side`` says they are not stable, and the
/// differ pairs activities by their names only.
public struct SheetDiffSide: Sendable {
    /// The version, ready for the differ.
    public var side: DiffSide
    /// What the import made of the files (problems, matches), for the report.
    public var result: ImportResult

    /// Imports `files` (scanned in the order given), reconciled against `base` when given;
    /// `frame` and `period` (from the command line) win over what the sheets show.
    public init(files: [ScannedFile], base: Plan?, frame: Kroner? = nil, period: PlanPeriod? = nil) {
        let options = ImportOptions(basePlan: base, annualFrame: frame, period: period)
        let result = PlanImporter(options: options).importPlan(from: files)
        self.result = result
        var plan = result.plan
        var rowMatches: [String: ChangeMatch] = [:]
        guard base != nil else {
            for match in result.matches where rowMatches[match.activityID] == nil {
                rowMatches[match.activityID] = match.method.map { ChangeMatch(method: $0, certainty: match.confidence) }
            }
            side = DiffSide(plan: plan, idsAreStable: false, rowMatches: rowMatches)
            return
        }
        let activityTables = files.flatMap(\.tables).filter { $0.table.kind != .crimeTargets }
        var untouched = Set(result.untouched)
        if let base { Self.applyMoves(base: base, untouched: &untouched, to: &plan, rowMatches: &rowMatches) }
        if !activityTables.isEmpty {
            plan.activities.removeAll { untouched.contains($0.id) }
        }
        Self.applyRenames(result.matches, to: &plan, rowMatches: &rowMatches)
        if frame == nil, let stated = Self.frame(files) { plan.annualFrame = stated }
        if period == nil, let shown = Self.period(activityTables) { plan.period = shown }
        side = DiffSide(plan: plan, idsAreStable: true, rowMatches: rowMatches)
    }

    /// A row the import took for a new activity because its focus area differs from the
    /// base's, while its name is one the base knows an activity no sheet mentioned by: the
    /// base activity moved. It keeps its id, names and details, with the row's area and funding.
    static func applyMoves(base: Plan, untouched: inout Set<String>, to plan: inout Plan, rowMatches: inout [String: ChangeMatch]) {
        let baseIDs = Set(base.activities.map(\.id))
        let matcher = ActivityMatcher(plan: base)
        var activities: [Activity] = []
        var movedIDs = Set<String>()
        for created in plan.activities where !baseIDs.contains(created.id) {
            guard let known = matcher.planActivity(naming: ActivityMatcher.Entry(area: nil, names: created.allNames)),
                untouched.contains(known.id), known.focusArea != created.focusArea, !movedIDs.contains(known.id)
            else { continue }
            movedIDs.insert(known.id)
            untouched.remove(known.id)
            rowMatches[known.id] = ChangeMatch(method: .exactName, certainty: 1)
        }
        guard !movedIDs.isEmpty else { return }
        // The moved activity takes the created one's place, area and funding; its old entry goes.
        var placed = Set<String>()
        for activity in plan.activities {
            if movedIDs.contains(activity.id) { continue }
            if !baseIDs.contains(activity.id),
                let known = matcher.planActivity(naming: ActivityMatcher.Entry(area: nil, names: activity.allNames)),
                movedIDs.contains(known.id), known.focusArea != activity.focusArea, placed.insert(known.id).inserted
            {
                var moved = known
                moved.focusArea = activity.focusArea
                moved.funding = activity.funding
                activities.append(moved)
            } else {
                activities.append(activity)
            }
        }
        plan.activities = activities
    }

    /// Names the sheets give that the plan does not know become the activity's names.
    static func applyRenames(_ matches: [ImportMatch], to plan: inout Plan, rowMatches: inout [String: ChangeMatch]) {
        var renamed = Set<String>()
        for match in matches {
            guard let method = match.method, let index = plan.activities.firstIndex(where: { $0.id == match.activityID })
            else { continue }
            let evidence = ChangeMatch(method: method, certainty: match.confidence)
            let activity = plan.activities[index]
            let known = Set(activity.allNames.map(ActivityMatcher.normalize))
            let name = ActivityMatcher.normalize(match.name)
            if !name.isEmpty, !known.contains(name) {
                let key = "\(match.activityID) \(match.tableKind == .overview ? "short" : "name")"
                guard renamed.insert(key).inserted else { continue }
                if match.tableKind == .overview {
                    plan.activities[index].shortName = match.name
                } else {
                    plan.activities[index].name = match.name
                }
                rowMatches[match.activityID] = evidence
            } else if rowMatches[match.activityID] == nil {
                rowMatches[match.activityID] = evidence
            }
        }
    }

    /// The frame the sheets state, else an overview's total + remaining in its first year with both.
    static func frame(_ files: [ScannedFile]) -> Kroner? {
        for file in files {
            if let stated = StatedFrameFinder.find(in: file.file) { return stated.amount }
        }
        for table in files.flatMap(\.tables) where table.table.kind == .overview {
            guard let total = table.total, let remaining = table.remaining else { continue }
            for year in total.amounts.keys.sorted() {
                if let t = total.amounts[year]?.usableValue, let r = remaining.amounts[year]?.readableValue,
                    let frame = t.adding(r)
                {
                    return frame
                }
            }
        }
        return nil
    }

    /// The years the activity tables show (their year columns, or the years of a long table's rows).
    static func period(_ tables: [SheetTable]) -> PlanPeriod? {
        var years = Set<Int>()
        for table in tables {
            years.formUnion(table.yearHeadings.map(\.year))
            for row in table.rows { years.formUnion(row.row.amounts.keys) }
        }
        guard let first = years.min(), let last = years.max() else { return nil }
        return PlanPeriod(firstYear: first, lastYear: last)
    }
}
