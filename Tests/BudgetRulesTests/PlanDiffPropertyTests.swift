import PlanModel
import Testing

@testable import BudgetRules

/// For a random plan and a random set of edits applied to it, the diff reports exactly
/// those edits, and a plan against itself reports nothing.
@Suite("Plan diff properties")
struct PlanDiffPropertyTests {
    /// Draws from the shared seeded generator, so that every run sees the same plans.
    struct Random {
        var generator: SeededGenerator

        init(state: UInt64) { generator = SeededGenerator(seed: state) }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            Int.random(in: range, using: &generator)
        }

        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

        /// A made-up word of 5 to 9 letters (consonant-vowel syllables).
        mutating func word() -> String {
            let consonants = Array("bdfgklmnprstv")
            let vowels = Array("aeiouyæøå")
            var word = ""
            for _ in 0..<int(3...4) {
                word.append(consonants[int(0...consonants.count - 1)])
                word.append(vowels[int(0...vowels.count - 1)])
            }
            return word
        }
    }

    /// What an edit should be reported as.
    struct Expected: Hashable, Comparable, CustomStringConvertible {
        var kind: PlanChange.Kind
        var activity: String?
        var year: Int?
        var field: ChangeField?
        var subject: String?

        init(_ kind: PlanChange.Kind, _ activity: String? = nil, year: Int? = nil, field: ChangeField? = nil, subject: String? = nil) {
            self.kind = kind
            self.activity = activity
            self.year = year
            self.field = field
            self.subject = subject
        }

        init(_ change: PlanChange) {
            self.init(change.kind, change.activity, year: change.year, field: change.field, subject: change.subject)
        }

        var description: String {
            "\(kind.rawValue) \(activity ?? "-") \(year.map(String.init) ?? "-") \(field?.rawValue ?? "-") \(subject ?? "-")"
        }

        static func < (a: Self, b: Self) -> Bool { a.description < b.description }
    }

    static func randomPlan(_ random: inout Random) -> Plan {
        let first = random.int(2000...2030)
        let period = PlanPeriod(firstYear: first, lastYear: first + random.int(0...4))
        var activities: [Activity] = []
        var ordinals: [Int: Int] = [:]
        var usedWords = Set<String>()
        func freshWord() -> String {
            while true {
                let word = random.word()
                if usedWords.insert(word).inserted { return word }
            }
        }
        for _ in 0..<random.int(0...12) {
            let area = random.int(1...5)
            ordinals[area, default: 0] += 1
            let words = (0..<random.int(2...4)).map { _ in freshWord() }
            var funding = Funding()
            for year in period.years where random.chance(60) { funding[year] = Kroner(Int64(random.int(1...900)) * 1_000) }
            activities.append(
                Activity(
                    id: "\(area).\(ordinals[area]!)", name: words.joined(separator: " ").capitalized, shortName: words[0].capitalized,
                    focusArea: area, funding: funding, otherFocusAreas: random.chance(50) ? .all : [],
                    targetGroup: random.chance(70) ? freshWord() : nil, timeline: random.chance(70) ? freshWord() : nil,
                    deliverables: random.chance(50) ? [freshWord()] : [], responsible: random.chance(50) ? [freshWord()] : [],
                    coFinancing: random.chance(20)
                        ? CoFinancing(totalCost: 900_000, ownShare: 300_000, externalShares: [.init(source: freshWord(), amount: 600_000)])
                        : nil))
        }
        let crime = (0..<random.int(0...3)).map { _ in
            CrimeTarget(
                offence: freshWord().capitalized, baselineYear: first - 1, baseline: random.int(20...500),
                targets: period.years.map { CrimeTarget.Target(year: $0, reduction: 10, count: random.int(10...400)) })
        }
        return Plan(
            partnership: Partnership(name: "Prøve"), period: period, annualFrame: Kroner(Int64(random.int(1...5)) * 1_000_000),
            focusAreas: (1...5).map { FocusArea(number: $0, title: "Område \($0)") }, activities: activities, crimeTargets: crime)
    }

    /// Applies random edits to `plan` (at most one of each kind per activity); returns the
    /// edited plan and what the diff must report.
    static func edit(_ plan: Plan, _ random: inout Random, renamesOnly: Bool = false) -> (Plan, [Expected]) {
        var new = plan
        var expected: [Expected] = []
        let original = plan.activities.map(\.id)
        for id in original {
            guard let index = new.activities.firstIndex(where: { $0.id == id }) else { continue }
            var activity = new.activities[index]
            if !renamesOnly, random.chance(12) {
                new.activities.remove(at: index)
                expected.append(Expected(.activityRemoved, id))
                continue
            }
            if random.chance(20) {
                // One more word: similarity ≥ 0.6 (every old word is kept).
                activity.name += " " + random.word() + "x"
                expected.append(Expected(.activityRenamed, id, field: .name))
            } else if !renamesOnly, random.chance(10) {
                activity.shortName += "s"
                expected.append(Expected(.activityRenamed, id, field: .shortName))
            }
            if !renamesOnly, random.chance(12) {
                activity.focusArea = activity.focusArea % 5 + 1
                expected.append(Expected(.activityMoved, id))
            }
            for year in new.period.years where random.chance(15) {
                activity.funding[year] = activity.funding[year] + Kroner(Int64(random.int(1...50)) * 1_000)
                expected.append(Expected(.fundingChanged, id, year: year))
            }
            if !renamesOnly, random.chance(15) {
                activity.timeline = (activity.timeline ?? "") + " ændret"
                expected.append(Expected(.detailChanged, id, field: .timeline))
            }
            if !renamesOnly, random.chance(10) {
                activity.otherFocusAreas = activity.otherFocusAreas == .all ? [activity.focusArea % 5 + 1] : .all
                expected.append(Expected(.detailChanged, id, field: .otherFocusAreas))
            }
            if !renamesOnly, random.chance(30), activity.coFinancing != nil {
                activity.coFinancing!.totalCost = activity.coFinancing!.totalCost + 1_000
                expected.append(Expected(.coFinancingChanged, id, field: .totalCost))
            }
            new.activities[index] = activity
        }
        guard !renamesOnly else { return (new, expected) }
        for _ in 0..<random.int(0...2) {
            let area = random.int(1...5)
            // The next free ordinal of the area (ids are never reused).
            let used = (plan.activities + new.activities).filter { $0.id.hasPrefix("\(area).") }
                .compactMap { Int($0.id.split(separator: ".")[1]) }
            let id = "\(area).\((used.max() ?? 0) + 1)"
            new.activities.append(
                Activity(
                    id: id, name: "Ny " + random.word() + " " + random.word(), shortName: "Ny " + random.word(), focusArea: area,
                    funding: [new.period.firstYear: 10_000]))
            expected.append(Expected(.activityAdded, id))
        }
        if random.chance(20) {
            new.annualFrame = new.annualFrame + 250_000
            expected.append(Expected(.frameChanged))
        }
        if random.chance(15) {
            new.period.lastYear += 1
            expected.append(Expected(.yearAdded, year: new.period.lastYear))
        }
        for index in new.crimeTargets.indices where random.chance(25) {
            new.crimeTargets[index].baseline += 1
            expected.append(Expected(.crimeTargetChanged, field: .baseline, subject: new.crimeTargets[index].offence))
        }
        return (new, expected)
    }

    @Test("diff(A, A) is empty for random plans", arguments: 0..<40)
    func identity(seed: Int) {
        var random = Random(state: UInt64(seed))
        let plan = Self.randomPlan(&random)
        #expect(PlanDiffer().diff(plan, plan).isEmpty)
        #expect(PlanDiffer().diff(DiffSide(plan: plan, idsAreStable: false), DiffSide(plan: plan, idsAreStable: false)).isEmpty)
    }

    @Test("A random plan with random edits: the diff reports exactly those edits, and the totals move by their amounts", arguments: 0..<150)
    func edits(seed: Int) {
        var random = Random(state: UInt64(seed) &* 7919)
        let plan = Self.randomPlan(&random)
        let (new, expected) = Self.edit(plan, &random)
        let diff = PlanDiffer().diff(plan, new)
        #expect(diff.changes.map(Expected.init).sorted() == expected.sorted(), "seed \(seed)")
        // Each year's total moves by the funding changes, added and removed activities of that year.
        for row in diff.totals {
            var moved: Int64 = 0
            for change in diff.changes {
                switch change.kind {
                case .fundingChanged where change.year == row.year: moved += change.difference ?? 0
                case .activityAdded: moved += new.activity(id: change.activity!)!.funding[row.year].value
                case .activityRemoved: moved -= plan.activity(id: change.activity!)!.funding[row.year].value
                default: break
                }
            }
            #expect(row.difference?.value == moved, "seed \(seed), year \(row.year)")
        }
    }

    @Test(
        "Without trusted ids (sheets imported without a base), renames within the matcher's similarity and amount changes are found by name", arguments: 0..<60)
    func renamesWithoutIDs(seed: Int) {
        var random = Random(state: UInt64(seed) &* 104_729)
        let plan = Self.randomPlan(&random)
        var (new, expected) = Self.edit(plan, &random, renamesOnly: true)
        // Made-up ids, as an import without a base makes them: nothing can be read from them.
        for index in new.activities.indices { new.activities[index].id = "x\(index)" }
        let ids = Dictionary(uniqueKeysWithValues: zip(plan.activities.map(\.id), new.activities.map(\.id)))
        expected = expected.map {
            var e = $0
            e.activity = e.activity.flatMap { ids[$0] }
            return e
        }
        for change in expected where change.kind == .activityRenamed {
            let old = plan.activities.first { ids[$0.id] == change.activity }!
            let renamed = new.activities.first { $0.id == change.activity }!
            #expect(ActivityMatcher.similarity(old.name, renamed.name) >= PlanDiffer().minimumConfidence)
        }
        let diff = PlanDiffer().diff(DiffSide(plan: plan, idsAreStable: false), DiffSide(plan: new, idsAreStable: false))
        #expect(diff.changes.map(Expected.init).sorted() == expected.sorted(), "seed \(seed)")
        #expect(diff.pairs.count == plan.activities.count)
    }
}
