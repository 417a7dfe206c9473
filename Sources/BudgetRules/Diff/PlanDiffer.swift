import PlanModel

/// Finds what changed between two versions of a plan.
///
/// Activities are paired by meaning, never by position, with ``ActivityMatcher``:
/// 1. by id, when both versions' ids can be trusted (``DiffSide/idsAreStable``): an id
///    is given once and kept, so the same id is the same activity, wherever it moved;
/// 2. within a focus area, by a name either version knows the activity by (name, short
///    name, aliases), then — only when an id could not settle it — by similarity and as
///    the last unpaired activity of its area;
/// 3. across focus areas, by a name either version knows it by (a moved activity).
///
/// What is left is added or removed. When both versions' ids are stable, two activities
/// with different ids are only paired when they share a name: a new activity that
/// merely resembles a dropped one is reported as added and removed, not as a rename.
///
/// ```swift
/// let diff = PlanDiffer().diff(plan2013, plan2014)
/// for change in diff.changes { print(change.kind, change.activity ?? "", change.difference ?? 0) }
/// ```
public struct PlanDiffer: Sendable {
    /// The least similarity for pairing two activities by their names (0...1), as
    /// ``ActivityMatcher/minimumConfidence``.
    public var minimumConfidence: Double
    /// The least similarity for pairing the last unpaired activities of an area.
    public var lastInAreaMinimum: Double

    /// The certainty a pair by names alone needs when the ids disagree: the same name or alias.
    static let sameNameCertainty = 0.95

    /// Creates a differ with the matcher's thresholds.
    public init(minimumConfidence: Double = 0.6, lastInAreaMinimum: Double = 0.25) {
        self.minimumConfidence = minimumConfidence
        self.lastInAreaMinimum = lastInAreaMinimum
    }

    /// The changes from `old` to `new`, both plan JSON (ids stable).
    public func diff(_ old: Plan, _ new: Plan) -> PlanDiff {
        diff(DiffSide(plan: old), DiffSide(plan: new))
    }

    /// The changes from `old` to `new`.
    public func diff(_ old: DiffSide, _ new: DiffSide) -> PlanDiff {
        let pairs = pair(old, new)
        var changes = planChanges(old.plan, new.plan)
        changes += activityChanges(old.plan, new.plan, pairs: pairs)
        changes += crimeTargetChanges(old.plan.crimeTargets, new.plan.crimeTargets)
        let pairList = pairs.map {
            PlanDiff.ActivityPair(
                old: old.plan.activities[$0.old].id, new: new.plan.activities[$0.new].id, match: $0.match)
        }
        return PlanDiff(old: old.plan, new: new.plan, changes: changes, totals: totals(old.plan, new.plan), pairs: pairList)
    }

    // MARK: - Pairing

    struct Pair {
        var old: Int
        var new: Int
        var match: ChangeMatch
    }

    func pair(_ old: DiffSide, _ new: DiffSide) -> [Pair] {
        let olds = old.plan.activities
        let news = new.plan.activities
        var pairs: [Pair] = []
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        let stable = old.idsAreStable && new.idsAreStable
        if stable {
            var newByID: [String: Int] = [:]
            for (index, activity) in news.enumerated() where newByID[activity.id] == nil { newByID[activity.id] = index }
            for (index, activity) in olds.enumerated() {
                guard let other = newByID[activity.id], !usedNew.contains(other), !usedOld.contains(index) else { continue }
                let match = new.rowMatches[activity.id] ?? ChangeMatch(method: .id, certainty: 1)
                pairs.append(Pair(old: index, new: other, match: match))
                usedOld.insert(index)
                usedNew.insert(other)
            }
        }
        // By names: first within each focus area, then across areas (moved activities).
        let withinArea = ActivityMatcher(
            plan: old.plan, minimumConfidence: stable ? Self.sameNameCertainty : minimumConfidence,
            lastInAreaMinimum: stable ? .infinity : lastInAreaMinimum)
        let acrossAreas = ActivityMatcher(
            plan: old.plan, minimumConfidence: max(Self.sameNameCertainty, minimumConfidence), lastInAreaMinimum: .infinity)
        for (matcher, keepArea) in [(withinArea, true), (acrossAreas, false)] {
            let openOld = olds.indices.filter { !usedOld.contains($0) }
            let openNew = news.indices.filter { !usedNew.contains($0) }
            guard !openOld.isEmpty, !openNew.isEmpty else { break }
            func entry(_ activity: Activity) -> ActivityMatcher.Entry {
                ActivityMatcher.Entry(area: keepArea ? activity.focusArea : nil, names: activity.allNames)
            }
            for found in matcher.match(openOld.map { entry(olds[$0]) }, openNew.map { entry(news[$0]) }) {
                let (o, n) = (openOld[found.left], openNew[found.right])
                let match =
                    new.rowMatches[news[n].id].flatMap { $0.method == .id ? nil : $0 }
                    ?? ChangeMatch(method: found.method, certainty: found.confidence)
                pairs.append(Pair(old: o, new: n, match: match))
                usedOld.insert(o)
                usedNew.insert(n)
            }
        }
        return pairs.sorted { $0.new < $1.new }
    }

    // MARK: - The plan

    func planChanges(_ old: Plan, _ new: Plan) -> [PlanChange] {
        var changes: [PlanChange] = []
        if old.annualFrame != new.annualFrame {
            changes.append(
                PlanChange(
                    kind: .frameChanged, old: .amount(old.annualFrame), new: .amount(new.annualFrame),
                    difference: new.annualFrame.subtracting(old.annualFrame)?.value))
        }
        let oldYears = Set(Self.periodYears(old))
        let newYears = Set(Self.periodYears(new))
        for year in oldYears.subtracting(newYears).sorted() {
            changes.append(PlanChange(kind: .yearRemoved, year: year, old: .number(year)))
        }
        for year in newYears.subtracting(oldYears).sorted() {
            changes.append(PlanChange(kind: .yearAdded, year: year, new: .number(year)))
        }
        return changes
    }

    // MARK: - Activities

    func activityChanges(_ old: Plan, _ new: Plan, pairs: [Pair]) -> [PlanChange] {
        var groups: [(key: ActivityOrder, changes: [PlanChange])] = []
        let pairedOld = Set(pairs.map(\.old))
        let pairedNew = Set(pairs.map(\.new))
        for pair in pairs {
            let a = old.activities[pair.old]
            let b = new.activities[pair.new]
            let changes = ActivityComparison(old: a, new: b, match: pair.match).changes()
            if !changes.isEmpty { groups.append((ActivityOrder(b), changes)) }
        }
        for (index, activity) in new.activities.enumerated() where !pairedNew.contains(index) {
            groups.append(
                (
                    ActivityOrder(activity),
                    [
                        PlanChange(
                            kind: .activityAdded, activity: activity.id, activityName: activity.name, focusArea: activity.focusArea,
                            new: .text(activity.name), difference: activity.funding.total?.value)
                    ]
                ))
        }
        for (index, activity) in old.activities.enumerated() where !pairedOld.contains(index) {
            groups.append(
                (
                    ActivityOrder(activity),
                    [
                        PlanChange(
                            kind: .activityRemoved, activity: activity.id, activityName: activity.name, focusArea: activity.focusArea,
                            old: .text(activity.name), difference: activity.funding.total.map { -$0.value })
                    ]
                ))
        }
        return groups.enumerated().sorted { a, b in
            a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset
        }.flatMap(\.element.changes)
    }

    // MARK: - Crime targets

    func crimeTargetChanges(_ old: [CrimeTarget], _ new: [CrimeTarget]) -> [PlanChange] {
        var changes: [PlanChange] = []
        var newByKey: [String: CrimeTarget] = [:]
        for target in new where newByKey[ActivityMatcher.normalize(target.offence)] == nil {
            newByKey[ActivityMatcher.normalize(target.offence)] = target
        }
        var seen = Set<String>()
        for a in old {
            let key = ActivityMatcher.normalize(a.offence)
            guard seen.insert(key).inserted else { continue }
            guard let b = newByKey[key] else {
                changes.append(PlanChange(kind: .crimeTargetChanged, subject: a.offence, field: .offence, old: .text(a.offence)))
                continue
            }
            func change(_ field: ChangeField, year: Int? = nil, _ x: Int?, _ y: Int?) {
                guard x != y else { return }
                let difference = x.flatMap { x in y.flatMap { ChangeValue.difference(Int64($0), Int64(x)) } }
                changes.append(
                    PlanChange(
                        kind: .crimeTargetChanged, subject: b.offence, year: year, field: field, old: x.map(ChangeValue.number),
                        new: y.map(ChangeValue.number), difference: difference))
            }
            change(.baselineYear, a.baselineYear, b.baselineYear)
            change(.baseline, a.baseline, b.baseline)
            let years = Set(a.targets.map(\.year)).union(b.targets.map(\.year)).sorted()
            for year in years {
                let x = a.targets.first { $0.year == year }
                let y = b.targets.first { $0.year == year }
                change(.reduction, year: year, x?.reduction, y?.reduction)
                change(.target, year: year, x?.count, y?.count)
            }
        }
        for b in new where !seen.contains(ActivityMatcher.normalize(b.offence)) {
            guard seen.insert(ActivityMatcher.normalize(b.offence)).inserted else { continue }
            changes.append(PlanChange(kind: .crimeTargetChanged, subject: b.offence, field: .offence, new: .text(b.offence)))
        }
        return changes
    }

    /// The years of a plan's period, or none when the period is not plausible (callers
    /// refuse such input, see ``PlanModel/PlanPeriod/isPlausible``).
    static func periodYears(_ plan: Plan) -> [Int] {
        plan.period.isPlausible ? plan.period.years : []
    }

    // MARK: - Totals

    func totals(_ old: Plan, _ new: Plan) -> [YearTotals] {
        var years = Set(Self.periodYears(old)).union(Self.periodYears(new))
        for activity in old.activities + new.activities { years.formUnion(activity.funding.years) }
        return years.sorted().map { year in
            YearTotals(
                year: year, old: old.total(in: year), new: new.total(in: year), oldRemaining: old.remaining(in: year),
                newRemaining: new.remaining(in: year))
        }
    }
}

/// Activities in reading order: by focus area, then by the ordinal of their id ("3.10" after "3.9").
struct ActivityOrder: Comparable {
    var area: Int
    var ordinal: [Int]
    var id: String

    init(_ activity: Activity) {
        area = activity.focusArea
        ordinal = activity.id.split(separator: ".").map { Int($0) ?? Int.max }
        id = activity.id
    }

    static func < (a: Self, b: Self) -> Bool {
        if a.area != b.area { return a.area < b.area }
        if a.ordinal != b.ordinal { return a.ordinal.lexicographicallyPrecedes(b.ordinal) }
        return a.id < b.id
    }
}
