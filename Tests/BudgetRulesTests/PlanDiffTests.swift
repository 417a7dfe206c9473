import Foundation
import PlanModel
import Testing

@testable import BudgetRules

/// `PlanDiffer` on plans built in code: every change kind alone, then together, and the
/// shipped 2013 → 2014 example.
@Suite("Plan diff")
struct PlanDiffTests {
    let plan: Plan

    init() throws { plan = try Repository.samplePlan() }

    /// The plan with one activity changed.
    func edited(_ id: String, _ edit: (inout Activity) -> Void) -> Plan {
        var copy = plan
        let index = copy.activities.firstIndex { $0.id == id }!
        edit(&copy.activities[index])
        return copy
    }

    /// The one change of `new` against the sample plan.
    func only(_ new: Plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PlanChange {
        let changes = PlanDiffer().diff(plan, new).changes
        #expect(changes.count == 1, "\(changes)", sourceLocation: sourceLocation)
        return try #require(changes.first, sourceLocation: sourceLocation)
    }

    @Test("A plan against itself has no changes, and its totals are equal")
    func same() {
        let diff = PlanDiffer().diff(plan, plan)
        #expect(diff.isEmpty)
        #expect(diff.pairs.count == plan.activities.count)
        #expect(diff.totals.map(\.year) == [2013, 2014, 2015, 2016])
        #expect(diff.totals.allSatisfy { $0.difference == .zero && $0.remainingDifference == .zero })
        #expect(diff.counts.allSatisfy { $0.count == 0 })
    }

    @Test("activity-added: the new activity, its area and its funding over all years")
    func added() throws {
        var new = plan
        new.activities.append(
            Activity(
                id: "5.1", name: "Forældrecafé", shortName: "Forældrecafé", focusArea: 5,
                funding: [2014: 50_000, 2015: 60_000]))
        let change = try only(new)
        #expect(change.kind == .activityAdded)
        #expect(change.activity == "5.1" && change.focusArea == 5)
        #expect(change.new == .text("Forældrecafé") && change.old == nil)
        #expect(change.difference == 110_000)
        let diff = PlanDiffer().diff(plan, new)
        #expect(diff.totals.first { $0.year == 2014 }?.difference == 50_000)
        #expect(diff.totals.first { $0.year == 2015 }?.remainingDifference == -60_000)
    }

    @Test("activity-removed: the old activity and minus its funding")
    func removed() throws {
        var new = plan
        new.activities.removeAll { $0.id == "1.1" }
        let change = try only(new)
        #expect(change.kind == .activityRemoved)
        #expect(change.activity == "1.1" && change.focusArea == 1)
        #expect(change.old == .text("Indbrudskampagne i Tingbjerg-Husum"))
        #expect(change.difference == -40_000)
    }

    @Test("activity-renamed: the area-table name, or the short name when only that changed; paired by id")
    func renamed() throws {
        let name = try only(edited("3.2") { $0.name = "Akutpulje til beboerdrevne initiativer" })
        #expect(name.kind == .activityRenamed && name.field == .name && name.activity == "3.2")
        #expect(name.old == .text("Akutpulje til understøttelse af beboerdrevne initiativer for tryghed og mod kriminalitet"))
        #expect(name.new == .text("Akutpulje til beboerdrevne initiativer"))
        #expect(name.match == ChangeMatch(method: .id, certainty: 1))
        let short = try only(edited("3.2") { $0.shortName = "Akutpuljen" })
        #expect(short.field == .shortName && short.old == .text("Akutpulje") && short.new == .text("Akutpuljen"))
    }

    @Test("Without trusted ids, a rename is paired by similarity with its certainty")
    func renamedBySimilarity() throws {
        var new = plan
        let index = new.activities.firstIndex { $0.id == "3.3" }!
        new.activities[index].id = "3.9"
        new.activities[index].name = "Fysisk ramme for borgerdeltagelse og engagement på Ruten"
        new.activities[index].shortName = "Beboercentrum på Ruten"
        let diff = PlanDiffer().diff(DiffSide(plan: plan, idsAreStable: false), DiffSide(plan: new, idsAreStable: false))
        #expect(diff.changes.count == 1, "\(diff.changes)")
        let change = try #require(diff.changes.first)
        #expect(change.kind == .activityRenamed && change.activity == "3.9")
        #expect(change.match?.method == .similarity)
        #expect((change.match?.certainty ?? 0) >= 0.6 && (change.match?.certainty ?? 1) < 1)
        // With trusted ids, an activity whose id is new is added, the old one removed.
        let strict = PlanDiffer().diff(plan, new)
        #expect(Set(strict.changes.map(\.kind)) == [.activityAdded, .activityRemoved])
    }

    @Test("activity-moved: the old and new focus areas, by id or (without ids) by name")
    func moved() throws {
        let change = try only(edited("4.1") { $0.focusArea = 3 })
        #expect(change.kind == .activityMoved && change.activity == "4.1")
        #expect(change.old == .number(4) && change.new == .number(3) && change.focusArea == 3)
        #expect(change.difference == nil)
        var new = plan
        let index = new.activities.firstIndex { $0.id == "4.1" }!
        new.activities[index].focusArea = 3
        new.activities[index].id = "3.5"
        let byName = PlanDiffer().diff(DiffSide(plan: plan, idsAreStable: false), DiffSide(plan: new, idsAreStable: false))
        #expect(byName.changes.map(\.kind) == [.activityMoved])
        #expect(byName.changes.first?.match?.method == .exactName)
    }

    @Test("funding-changed: per activity and year, old, new and difference; a year funded anew and one dropped")
    func funding() throws {
        let cut = try only(edited("1.2") { $0.funding[2014] = 140_000 })
        #expect(cut.kind == .fundingChanged && cut.activity == "1.2" && cut.year == 2014)
        #expect(cut.old == .amount(180_000) && cut.new == .amount(140_000) && cut.difference == -40_000)
        let extended = try only(edited("3.1") { $0.funding[2015] = 30_000 })
        #expect(extended.year == 2015 && extended.old == .amount(0) && extended.difference == 30_000)
        let dropped = try only(edited("3.1") { $0.funding.amounts[2014] = nil })
        #expect(dropped.year == 2014 && dropped.new == .amount(0) && dropped.difference == -30_000)
        // An explicit zero is the same as no amount.
        #expect(PlanDiffer().diff(plan, edited("1.1") { $0.funding[2016] = 0 }).isEmpty)
    }

    @Test("year-added and year-removed follow the period")
    func years() {
        var new = plan
        new.period = PlanPeriod(firstYear: 2014, lastYear: 2017)
        let changes = PlanDiffer().diff(plan, new).changes
        #expect(changes.map(\.kind) == [.yearRemoved, .yearAdded])
        #expect(changes.map(\.year) == [2013, 2017])
        #expect(PlanDiffer().diff(plan, new).totals.map(\.year) == [2013, 2014, 2015, 2016, 2017])
    }

    @Test("frame-changed: old, new, difference; the remaining follows")
    func frame() throws {
        var new = plan
        new.annualFrame = 2_500_000
        let change = try only(new)
        #expect(change.kind == .frameChanged && change.old == .amount(2_000_000) && change.new == .amount(2_500_000))
        #expect(change.difference == 500_000)
        let totals = PlanDiffer().diff(plan, new).totals
        #expect(totals.allSatisfy { $0.difference == .zero && $0.remainingDifference == 500_000 })
    }

    @Test("cofinancing-changed: each figure that changed, an external financer by name")
    func coFinancing() throws {
        let total = try only(edited("1.3") { $0.coFinancing?.totalCost = 1_200_000 })
        #expect(total.kind == .coFinancingChanged && total.field == .totalCost && total.difference == 200_000)
        let external = try only(edited("1.3") { $0.coFinancing?.externalShares[0].amount = 700_000 })
        #expect(external.field == .externalShare && external.subject == "Naturstyrelsen" && external.difference == 40_000)
        let gone = PlanDiffer().diff(plan, edited("1.3") { $0.coFinancing = nil }).changes
        #expect(gone.allSatisfy { $0.kind == .coFinancingChanged && $0.new == nil })
        #expect(gone.contains { $0.field == .totalCost && $0.old == .amount(1_000_000) })
    }

    @Test("crime-target-changed: baseline, a year's reduction and target, an offence added or dropped")
    func crimeTargets() throws {
        var new = plan
        new.crimeTargets[0].baseline = 150
        new.crimeTargets[1].targets[3] = CrimeTarget.Target(year: 2016, reduction: 30, count: 323)
        new.crimeTargets.removeLast()
        new.crimeTargets.append(CrimeTarget(offence: "Brandstiftelse", baselineYear: 2012, baseline: 10, targets: []))
        let changes = PlanDiffer().diff(plan, new).changes
        #expect(changes.allSatisfy { $0.kind == .crimeTargetChanged })
        let described = changes.map {
            "\($0.subject ?? "") \($0.field?.rawValue ?? "") \($0.year.map(String.init) ?? "-") \($0.difference.map(String.init) ?? "-")"
        }
        #expect(
            described == [
                "Indbrud baseline - -4", "Tyverier reduction 2016 5", "Tyverier target 2016 -24",
                "Chikane offence - -", "Brandstiftelse offence - -",
            ])
    }

    @Test("detail-changed: one change per field (target group, timeline, deliverables, responsible, other areas, description, economy)")
    func details() {
        let new = edited("2.1") {
            $0.targetGroup = "Pressen"
            $0.timeline = "2013-2015"
            $0.deliverables.append("Et nyhedsbrev om måneden.")
            $0.responsible = []
            $0.otherFocusAreas = [1, 3]
            $0.description = "Kort."
            $0.economy = nil
        }
        let changes = PlanDiffer().diff(plan, new).changes
        #expect(changes.allSatisfy { $0.kind == .detailChanged && $0.activity == "2.1" })
        #expect(changes.map(\.field) == [.targetGroup, .timeline, .deliverables, .responsible, .otherFocusAreas, .description, .economy])
        #expect(changes[3].new == nil && changes[4].old == .text("all") && changes[4].new == .list(["1", "3"]))
    }

    @Test("Every kind together, in reading order: plan-wide, then by focus area and id, then crime targets")
    func combined() {
        var new = edited("1.2") {
            $0.funding[2014] = 140_000
            $0.timeline = "Forår 2014"
        }
        new.annualFrame = 2_100_000
        new.period.lastYear = 2017
        new.activities.removeAll { $0.id == "1.1" }
        new.activities.append(Activity(id: "5.1", name: "Lektiecafé", shortName: "Lektiecafé", focusArea: 5, funding: [2015: 75_000]))
        let moved = new.activities.firstIndex { $0.id == "4.1" }!
        new.activities[moved].focusArea = 2
        new.activities[moved].name = "Fyraftensmøder for de ansatte"
        new.crimeTargets[2].baseline = 70
        let changes = PlanDiffer().diff(plan, new).changes
        #expect(
            changes.map(\.kind) == [
                .frameChanged, .yearAdded, .activityRemoved, .fundingChanged, .detailChanged, .activityRenamed, .activityMoved,
                .activityAdded, .crimeTargetChanged,
            ])
        #expect(changes.map(\.activity) == [nil, nil, "1.1", "1.2", "1.2", "4.1", "4.1", "5.1", nil])
    }

    @Test("The shipped 2014 example against the 2013 plan: area 5's activities, 1.2 extended, 2.1 cut, 3.3 renamed")
    func sampleRevision() throws {
        let revision = try Plan(jsonData: Data(contentsOf: Repository.root.appendingPathComponent("samples/tryghedsplan-2014.json")))
        let diff = PlanDiffer().diff(plan, revision)
        let described = diff.changes.map { "\($0.kind.rawValue) \($0.activity ?? "") \($0.year.map(String.init) ?? "") \($0.field?.rawValue ?? "")" }
        #expect(
            described == [
                "funding-changed 1.2 2015 ", "detail-changed 1.2  timeline", "detail-changed 1.2  economy",
                "funding-changed 2.1 2016 ", "detail-changed 2.1  economy",
                "activity-renamed 3.3  name",
                "activity-added 5.1  ", "activity-added 5.2  ",
            ])
        #expect(diff.totals.map { $0.new?.value } == [1_490_000, 1_300_000, 1_070_000, 690_000])
        #expect(diff.totals.map { $0.newRemaining?.value } == [510_000, 700_000, 930_000, 1_310_000])
        #expect(revision.annualFrame == plan.annualFrame)
    }
}
