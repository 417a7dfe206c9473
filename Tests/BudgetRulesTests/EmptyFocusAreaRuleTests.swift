import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 11: focus areas without activities")
struct EmptyFocusAreaRuleTests {
    func infos(_ report: Report) -> [Finding] { report.findings.filter { $0.rule == .focusAreaEmpty } }

    @Test("a plan with areas 4 and 5 empty gives two infos and no error")
    func plan() throws {
        var plan = try Repository.samplePlan()
        plan.activities.removeAll { $0.focusArea == 4 }
        let report = Validator().validate(plan: plan)
        #expect(report.findings.map(\.rule) == [.focusAreaEmpty, .focusAreaEmpty])
        #expect(report.findings.allSatisfy { $0.severity == .info && $0.file == "plan.json" })
        #expect(report.findings.map { $0.message.en.contains("Focus area 4") } == [true, false])
        #expect(!report.hasErrors)
    }

    @Test("a sheet with an empty table for area 5 is reported at that table")
    func emptyTable() {
        var submission = Fixture.submission()
        submission.areaTables.append(AreaTable(area: 5, location: Fixture.loc("Område 5", "A1"), rows: []))
        let found = infos(Validator().validate(submission: submission))
        #expect(found.count == 1)
        #expect(found.first?.location == Fixture.loc("Område 5", "A1"))
    }

    @Test("without an overview, areas without a table are not reported")
    func noOverview() {
        var submission = Fixture.submission()
        submission.overviewTables = []
        #expect(infos(Validator().validate(submission: submission)).isEmpty)
    }

    @Test("the overview without area 5 is reported at the overview, with the plan's title")
    func overview() throws {
        let found = infos(Validator().validate(submission: Fixture.submission(), against: try Repository.samplePlan()))
        #expect(found.count == 1)
        #expect(found.first?.location == Fixture.loc("Oversigt", "A1"))
        #expect(found.first?.message.da == "Indsatsområde 5 (Forældre og børns aktive deltagelse i skole- og fritidslivet) har ingen aktiviteter.")
    }
}
