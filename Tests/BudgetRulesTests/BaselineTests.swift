import PlanModel
import Testing

@testable import BudgetRules

/// The shipped plan and a clean submission pass; the seed's own sheet gives exactly its
/// known warning and the empty focus area 5.
@Suite("Baseline: the 2013 plan and its sheets")
struct BaselineTests {
    @Test("the shipped 2013 plan: no errors, exactly one focus-area-empty (area 5), nothing else")
    func shippedPlan() throws {
        let plan = try Repository.samplePlan()
        let report = Validator().validate(plan: plan, file: "samples/tryghedsplan-2013.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.rule == .focusAreaEmpty)
        #expect(finding.severity == .info)
        #expect(finding.file == "samples/tryghedsplan-2013.json")
        #expect(finding.message.da.contains("Indsatsområde 5"))
        #expect(report.summary == Report.Summary(errors: 0, warnings: 0, info: 1))
        // Crime targets and co-financing pass on their own as well.
        let context = RuleContext(
            plan: plan, annualFrame: plan.annualFrame, period: plan.period, focusAreaNumbers: [1, 2, 3, 4, 5],
            planFile: "p", matcher: ActivityMatcher(plan: plan))
        #expect(CrimeTargetRule().check(plan: plan, in: context).isEmpty)
        #expect(CoFinancingRule().check(plan: plan, in: context).isEmpty)
    }

    @Test("a clean submission checked against the plan gives nothing but the empty focus area 5")
    func cleanSubmission() throws {
        let plan = try Repository.samplePlan()
        let report = Validator().validate(submission: Fixture.submission(), against: plan)
        #expect(report.findings.map(\.rule) == [.focusAreaEmpty])
        #expect(report.findings.first?.location == Fixture.loc("Oversigt", "A1"))
        // Without the plan there is no error either (see matchesWithoutPlan for the two warnings).
        #expect(!Validator().validate(submission: Fixture.submission()).hasErrors)
    }

    @Test("the seed's sheet: one amount-format warning for “30.000.” and the empty area 5")
    func seedSubmission() throws {
        let plan = try Repository.samplePlan()
        let report = Validator().validate(submission: Fixture.seedSubmission(), against: plan)
        #expect(report.summary == Report.Summary(errors: 0, warnings: 1, info: 1))
        let warning = try #require(report.findings.first { $0.rule == .amountFormat })
        #expect(warning.location == Fixture.loc("Oversigt", "C6"))
        #expect(warning.activity == "Dialog med beboerne")
        #expect(warning.expected == "30.000")
        #expect(warning.found == "30.000.")
    }

    @Test("with the plan, all nine activities are paired with their area-table rows and plan ids")
    func matchesWithPlan() throws {
        let plan = try Repository.samplePlan()
        let report = Validator().validate(submission: Fixture.submission(), against: plan)
        #expect(report.matches.count == 9)
        #expect(report.matches.map(\.planActivityID) == plan.activities.map(\.id))
        for (match, activity) in zip(report.matches, Fixture.activities) {
            #expect(match.overview?.name == activity.short)
            #expect(match.areaTable?.name == activity.name)
            #expect(match.confidence >= 0.5)
        }
        let methods = Dictionary(uniqueKeysWithValues: report.matches.map { ($0.planActivityID!, $0.method) })
        #expect(methods["1.3"] == .exactName)
        #expect(methods["1.1"] == .alias)
        #expect(methods["3.3"] == .alias)
    }

    @Test("without a plan, similarity pairs all but “Beboercentrum”, which is reported unmatched on both sides")
    func matchesWithoutPlan() throws {
        let report = Validator(ruleSet: RuleSet.standard.excluding([.focusAreaEmpty, .periodAssumed, .frameAssumed]))
            .validate(submission: Fixture.submission())
        #expect(report.matches.count == 8)
        #expect(!report.matches.contains { $0.overview?.name == "Beboercentrum" })
        let unmatched = report.findings
        #expect(unmatched.map(\.rule) == [.activityUnmatched, .activityUnmatched])
        #expect(Set(unmatched.map(\.location)) == [Fixture.loc("Oversigt", "B8"), Fixture.loc("Område 3", "B5")])
        #expect(unmatched.allSatisfy { $0.severity == .warning })
    }
}
