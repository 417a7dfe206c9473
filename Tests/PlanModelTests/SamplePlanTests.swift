import Testing

@testable import PlanModel

/// The shipped 2013 plan holds the seed's figures (DOMAIN.md's tables).
@Suite("The 2013 sample plan")
struct SamplePlanTests {
    let plan: Plan

    init() throws { plan = try Repository.samplePlan() }

    @Test("partnership, period and frame")
    func header() {
        #expect(plan.partnership.name == "Tingbjerg-Husum Partnerskab")
        #expect(plan.partnership.partners == ["Københavns Kommune", "Københavns Politi", "SSP København", "fsb", "SAB/KAB", "AAB"])
        #expect(plan.period == PlanPeriod(firstYear: 2013, lastYear: 2016))
        #expect(plan.annualFrame == 2_000_000)
    }

    @Test("five focus areas with Danish titles")
    func focusAreas() {
        #expect(plan.focusAreas.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.focusArea(1)?.title == "Indsats for at øge den oplevede tryghed og mindske kriminaliteten")
        #expect(plan.focusArea(5)?.title == "Indsats for forældre og børns aktive deltagelse i skole- og fritidslivet")
        #expect(plan.activities(inFocusArea: 5).isEmpty)
    }

    /// id, area-table name, overview name, area, funding 2013–2016 (0 = not funded).
    static let table: [(String, String, String, Int, [Kroner])] = [
        ("1.1", "Indbrudskampagne i Tingbjerg-Husum", "Indbrudsindsats", 1, [40_000, 0, 0, 0]),
        ("1.2", "Skoleindsats ”Det gode valg”", "Det gode valg", 1, [220_000, 180_000, 0, 0]),
        ("1.3", "Belysning på Volden", "Belysning på Volden", 1, [340_000, 0, 0, 0]),
        ("2.1", "Kommunikationsmedarbejder (25 timer pr. uge)", "Kommunikationsindsats", 2, [450_000, 450_000, 450_000, 450_000]),
        ("3.1", "Dialog med beboerne om deres holdninger og ønsker til tryghed i området", "Dialog med beboerne", 3, [30_000, 30_000, 0, 0]),
        ("3.2", "Akutpulje til understøttelse af beboerdrevne initiativer for tryghed og mod kriminalitet", "Akutpulje", 3, [20_000, 20_000, 20_000, 20_000]),
        ("3.3", "Fysisk ramme for borgerdeltagelse og engagement", "Beboercentrum", 3, [200_000, 200_000, 0, 0]),
        (
            "3.4", "Tovholder for dialog og aktivt medborgerskab – (12 timer pr. uge)", "Tovholder for dialog og aktivt medborgerskab", 3,
            [150_000, 150_000, 150_000, 150_000]
        ),
        (
            "4.1", "Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde",
            "Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum", 4, [40_000, 0, 0, 0]
        ),
    ]

    @Test("nine activities with names, short names, areas and funding as in the seed")
    func activities() {
        #expect(plan.activities.count == 9)
        for ((id, name, short, area, funding), activity) in zip(Self.table, plan.activities) {
            #expect(activity.id == id)
            #expect(activity.name == name)
            #expect(activity.shortName == short)
            #expect(activity.focusArea == area)
            #expect([2013, 2014, 2015, 2016].map { activity.funding[$0] } == funding, "\(id)")
            #expect(activity.funding.years.allSatisfy { plan.period.contains($0) })
            #expect(activity.targetGroup?.isEmpty == false, "\(id) target group")
            #expect(activity.timeline?.isEmpty == false, "\(id) timeline")
            #expect(!activity.deliverables.isEmpty, "\(id) deliverables")
            #expect(!activity.responsible.isEmpty, "\(id) responsible")
            #expect(activity.description?.isEmpty == false, "\(id) description")
        }
    }

    @Test("area totals, overview totals and remaining amounts")
    func totals() {
        let years = [2013, 2014, 2015, 2016]
        #expect(years.map { plan.total(inFocusArea: 1, year: $0) } == [600_000, 180_000, 0, 0])
        #expect(years.map { plan.total(inFocusArea: 2, year: $0) } == [450_000, 450_000, 450_000, 450_000])
        #expect(years.map { plan.total(inFocusArea: 3, year: $0) } == [400_000, 400_000, 170_000, 170_000])
        #expect(years.map { plan.total(inFocusArea: 4, year: $0) } == [40_000, 0, 0, 0])
        #expect(years.map { plan.total(in: $0) } == [1_490_000, 1_030_000, 620_000, 620_000])
        #expect(years.map { plan.remaining(in: $0) } == [510_000, 970_000, 1_380_000, 1_380_000])
    }

    @Test("other focus areas as the seed lists them")
    func otherAreas() {
        let others = plan.activities.map(\.otherFocusAreas)
        #expect(others == [[2, 3], [3, 4, 5], [2, 5], .all, .all, .all, [1, 5], .all, .all])
    }

    @Test("co-financing of Belysning på Volden: 1.000.000 in all, 340.000 own, 660.000 from Naturstyrelsen, at least 1/3")
    func coFinancing() throws {
        let co = try #require(plan.activity(id: "1.3")?.coFinancing)
        #expect(co.totalCost == 1_000_000)
        #expect(co.ownShare == 340_000)
        #expect(co.externalShares == [CoFinancing.ExternalShare(source: "Naturstyrelsen", amount: 660_000, status: "søgt")])
        #expect(co.minimumOwnShare == Fraction(1, 3))
        #expect(co.statedOwnShare == Fraction(1, 3))
        #expect(co.financedTotal == co.totalCost)
        #expect(co.minimumOwnShare!.isMet(by: co.ownShare, of: co.totalCost))
        #expect(plan.activities.filter { $0.coFinancing != nil }.count == 1)
    }

    @Test("six crime targets with baseline 2012 and targets 2013–2016 at -10/-15/-20/-25 %")
    func crimeTargets() {
        #expect(plan.crimeTargets.count == 6)
        for (target, (offence, baseline, counts)) in zip(plan.crimeTargets, CrimeTargetTests.seedTable) {
            #expect(target.offence == offence)
            #expect(target.baselineYear == 2012)
            #expect(target.baseline == baseline)
            #expect(target.targets.map(\.year) == [2013, 2014, 2015, 2016])
            #expect(target.targets.map(\.reduction) == [10, 15, 20, 25])
            #expect(target.targets.map(\.count) == counts)
        }
    }

    @Test("the safety-index goal: from markant to ordinært by the end of 2016")
    func safetyIndex() throws {
        let goal = try #require(plan.safetyIndexGoal)
        #expect(goal.baselineLevel == "markant")
        #expect(goal.targetLevel == "ordinært")
        #expect(goal.targetYear == 2016)
        #expect(goal.index == "Københavns Kommunes Tryghedsindeks")
    }
}
