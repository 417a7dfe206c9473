import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 5: overview against area tables")
struct OverviewAreaRuleTests {
    /// Area tables and an overview without its total rows (so that rules 4 and 6 stay out).
    static func withoutTotals() -> Submission {
        var submission = Fixture.submission()
        submission.overviewTables[0].total = nil
        submission.overviewTables[0].remaining = nil
        return submission
    }

    @Test("an activity's overview amount differs from its area table")
    func mismatch() throws {
        var submission = Self.withoutTotals()
        submission.overviewTables[0].rows[5].amounts[2015] = Fixture.amount(25_000, "Oversigt", "E7")
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .overviewAreaMismatch, sheet: "Oversigt", cell: "E7", activity: "Akutpulje", expected: "20.000", found: "25.000")
        #expect(findings[0].message.da.contains("Område 3!E4"))
    }

    @Test("a year left blank in the overview but funded in the area table is reported at the row")
    func missingInOverview() throws {
        var submission = Self.withoutTotals()
        submission.overviewTables[0].rows[1].amounts[2014] = nil
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .overviewAreaMismatch, sheet: "Oversigt", cell: "B3", activity: "Det gode valg",
            expected: "180.000", found: "0")
    }

    @Test("without a plan, names are reconciled by similarity and still compared")
    func withoutPlan() {
        var submission = Self.withoutTotals()
        submission.overviewTables[0].rows[8].amounts[2013] = Fixture.amount(45_000, "Oversigt", "C10")
        let findings = faults(submission).filter { $0.rule != .activityUnmatched }
        expectOnly(findings, .overviewAreaMismatch, sheet: "Oversigt", cell: "C10", activity: Fixture.activities[8].short, expected: "40.000", found: "45.000")
    }

    @Test("an overview row that matches no area-table row nor plan activity is activity-unmatched")
    func unmatchedOverviewRow() throws {
        var submission = Self.withoutTotals()
        submission.overviewTables[0].rows.append(
            ActivityRow(area: 1, name: "Graffitifjernelse", location: Fixture.loc("Oversigt", "B13"), amounts: [:]))
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .activityUnmatched, sheet: "Oversigt", cell: "B13", activity: "Graffitifjernelse", expected: nil, found: nil)
        #expect(findings[0].message.en.contains("or in the approved plan"))
    }

    @Test("an area-table row that matches no overview row is activity-unmatched")
    func unmatchedAreaRow() {
        var submission = Self.withoutTotals()
        submission.areaTables[1].rows.append(
            ActivityRow(area: 2, name: "Pressestrategi", location: Fixture.loc("Område 2", "B9"), amounts: [:]))
        // Without a plan “Beboercentrum” is unmatched too; look at the new row only.
        let findings = faults(submission).filter { $0.activity == "Pressestrategi" }
        expectOnly(findings, .activityUnmatched, sheet: "Område 2", cell: "B9", activity: "Pressestrategi", expected: nil, found: nil)
    }

    @Test("an overview-only sheet checked against the plan: rows not in the plan are activity-unmatched")
    func overviewOnlyAgainstPlan() throws {
        var submission = Fixture.submission()
        submission.areaTables = []
        submission.overviewTables[0].rows[0].name = "Graffitifjernelse"
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .activityUnmatched, sheet: "Oversigt", cell: "B2", activity: "Graffitifjernelse", expected: nil, found: nil)
        #expect(findings[0].message.da.contains("den godkendte plan"))
    }

    @Test("the report says which pairs were matched, how and how surely")
    func matchesAreReported() throws {
        let report = Validator().validate(submission: Self.withoutTotals(), against: try Repository.samplePlan())
        let match = try #require(report.matches.first { $0.overview?.name == "Beboercentrum" })
        #expect(match.areaTable?.name == "Fysisk ramme for borgerdeltagelse og engagement")
        #expect(match.areaTable?.location == Fixture.loc("Område 3", "B5"))
        #expect(match.overview?.location == Fixture.loc("Oversigt", "B8"))
        #expect(match.planActivityID == "3.3")
        #expect(match.method == .alias)
        #expect(match.confidence == 0.95)
        #expect(match.area == 3)
    }
}
