import PlanModel
import Testing

@testable import BudgetRules

@Suite("Activity matcher")
struct ActivityMatcherTests {
    @Test(
        "normalisation folds case, keeps æøå and strips punctuation, dashes and quotes",
        arguments: [
            ("Skoleindsats ”Det gode valg”", "skoleindsats det gode valg"),
            ("Skoleindsatsen ’Det gode valg’", "skoleindsatsen det gode valg"),
            ("Indbrudskampagne i Tingbjerg-Husum", "indbrudskampagne i tingbjerghusum"),
            ("Tovholder for dialog og aktivt medborgerskab – (12 timer pr. uge)", "tovholder for dialog og aktivt medborgerskab 12 timer pr uge"),
            ("HÆRVÆRK", "hærværk"), ("Øresund/Århus", "øresund århus"), ("  Café  \"Belysning\"  ", "cafe belysning"),
            ("Teknik- og Miljøforvaltningen", "teknik og miljøforvaltningen"), ("", ""),
        ])
    func normalize(text: String, expected: String) {
        #expect(ActivityMatcher.normalize(text) == expected)
    }

    @Test("similarity: equal after normalisation is 1, contained names 0.8, unrelated names low")
    func similarity() {
        #expect(ActivityMatcher.similarity("Belysning på Volden", "belysning paa volden") < 1)
        #expect(ActivityMatcher.similarity("Belysning på Volden", "BELYSNING PÅ VOLDEN.") == 1)
        #expect(ActivityMatcher.similarity("Akutpulje", "Akutpulje til understøttelse af beboerdrevne initiativer") == 0.8)
        #expect(ActivityMatcher.similarity("Beboercentrum", "Fysisk ramme for borgerdeltagelse og engagement") < 0.25)
        let reordered = ActivityMatcher.similarity(
            "Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum",
            "Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde")
        #expect(reordered > 0.8 && reordered < 1)
    }

    @Test("pairs are made within an area only, greedily, most confident first, each entry once")
    func areasAndGreedy() {
        let matcher = ActivityMatcher()
        let left = [
            ActivityMatcher.Entry(area: 1, name: "Belysning på Volden"),
            ActivityMatcher.Entry(area: 2, name: "Belysning på Volden"),
            ActivityMatcher.Entry(area: 1, name: "Belysning"),
        ]
        let right = [ActivityMatcher.Entry(area: 1, name: "Belysning på Volden"), ActivityMatcher.Entry(area: 3, name: "Akutpulje")]
        let pairs = matcher.match(left, right)
        #expect(pairs.map(\.left) == [0])
        #expect(pairs.map(\.right) == [0])
        #expect(pairs.first?.method == .exactName)
    }

    @Test("an id on both sides wins over names; an unknown area matches any area")
    func idsAndUnknownArea() {
        let matcher = ActivityMatcher()
        let pairs = matcher.match(
            [ActivityMatcher.Entry(area: nil, id: "3.3", name: "Lokaler på Ruten")],
            [ActivityMatcher.Entry(area: 3, id: "3.3", name: "Beboercentrum")])
        #expect(pairs.count == 1)
        #expect(pairs.first?.method == .id)
        #expect(pairs.first?.confidence == 1)
    }

    @Test("the plan's aliases pair names that share no words")
    func planAliases() throws {
        let plan = try Repository.samplePlan()
        let left = [ActivityMatcher.Entry(area: 3, name: "Beboercentrum")]
        let right = [ActivityMatcher.Entry(area: 3, name: "Fysisk ramme for borgerdeltagelse og engagement")]
        #expect(ActivityMatcher().match(left, right).isEmpty)
        let pairs = ActivityMatcher(plan: plan).match(left, right)
        #expect(pairs.first?.method == .alias)
        #expect(pairs.first?.confidence == 0.95)
        #expect(ActivityMatcher(plan: plan).planActivity(naming: left[0])?.id == "3.3")
        // Two names of different plan activities are never paired.
        let other = [ActivityMatcher.Entry(area: 3, name: "Akutpulje")]
        #expect(ActivityMatcher(plan: plan).match(left, other).isEmpty)
    }

    @Test("the last unpaired names of an area are paired when somewhat alike, and say so")
    func lastInArea() {
        let pairs = ActivityMatcher().match(
            [ActivityMatcher.Entry(area: 2, name: "Kommunikationsindsats")],
            [ActivityMatcher.Entry(area: 2, name: "Kommunikationsmedarbejder (25 timer pr. uge)")])
        #expect(pairs.count == 1)
        #expect(pairs.first?.method == .lastInArea)
        #expect((pairs.first?.confidence ?? 0) < 0.6)
        // Not when two are left on one side.
        let none = ActivityMatcher().match(
            [ActivityMatcher.Entry(area: 2, name: "Kommunikationsindsats"), ActivityMatcher.Entry(area: 2, name: "Pressestrategi")],
            [ActivityMatcher.Entry(area: 2, name: "Kommunikationsmedarbejder (25 timer pr. uge)")])
        #expect(none.isEmpty)
    }

    @Test("every sheet name of the seed resolves to its plan activity")
    func resolveSeedNames() throws {
        let plan = try Repository.samplePlan()
        let matcher = ActivityMatcher(plan: plan)
        let overview = Fixture.activities.map { ActivityMatcher.Entry(area: $0.area, name: $0.short) }
        let areaTables = Fixture.activities.map { ActivityMatcher.Entry(area: $0.area, name: $0.name) }
        for entries in [overview, areaTables] {
            let resolved = matcher.resolve(entries)
            #expect((0..<9).map { resolved[$0]?.activityID } == plan.activities.map(\.id))
        }
    }
}
