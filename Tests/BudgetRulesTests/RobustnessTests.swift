import PlanModel
import Testing

@testable import BudgetRules

/// Bad input gives findings, never a crash.
@Suite("Robustness")
struct RobustnessTests {
    @Test("extreme amounts, years, areas and counts are reported without trapping")
    func extremes() throws {
        var submission = Fixture.submission()
        let huge = Kroner(.max)
        submission.areaTables[0].rows[0].amounts[2013] = .clean(huge, at: Fixture.loc("Område 1", "C3"))
        submission.areaTables[0].rows[1].amounts[2013] = .clean(huge, at: Fixture.loc("Område 1", "C4"))
        submission.overviewTables[0].rows[0].amounts[2013] = .clean(huge, at: Fixture.loc("Oversigt", "C2"))
        submission.overviewTables[0].rows[1].amounts[2013] = .clean(huge, at: Fixture.loc("Oversigt", "C3"))
        submission.overviewTables[0].total!.amounts[2014] = .clean(Kroner(.min), at: Fixture.loc("Oversigt", "D11"))
        submission.overviewTables[0].remaining!.amounts[2015] = .clean(Kroner(.min), at: Fixture.loc("Oversigt", "E12"))
        submission.overviewTables[0].rows[2].area = .max
        submission.overviewTables[0].rows[3].name = ""
        submission.overviewTables[0].rows[4].location = Loc(file: Fixture.file, sheet: "Oversigt", cell: "not a cell")
        submission.years.append(YearHeading(year: .min, location: Fixture.loc("Oversigt", "Z1")))
        submission.overviewTables[0].rows[5].amounts[.max] = .clean(1, at: Fixture.loc("Oversigt", "ZZ7"))
        submission.crimeTables[0].rows[0].baseline = ParsedCount(value: .max, location: Fixture.loc("Måltal", "B2"))
        submission.crimeTables[0].rows[1].targets[0].reduction = .min
        let options = ValidationOptions(annualFrame: Kroner(.min))
        let report = Validator().validate(submission: submission, against: try Repository.samplePlan(), options: options)
        #expect(report.hasErrors)
        _ = report.text(language: .danish)
        _ = report.json()

        var plan = try Repository.samplePlan()
        plan.annualFrame = Kroner(.min)
        plan.activities[0].funding[2013] = huge
        plan.activities[1].funding[2013] = huge
        plan.activities[2].coFinancing!.totalCost = huge
        plan.activities[2].coFinancing!.externalShares[0].amount = huge
        plan.activities[2].coFinancing!.minimumOwnShare = Fraction(.max, 1)
        plan.crimeTargets[0].baseline = .max
        plan.crimeTargets[1].targets[0].reduction = .min
        plan.focusAreas.append(FocusArea(number: .min, title: ""))
        let planReport = Validator().validate(plan: plan)
        #expect(planReport.hasErrors)
        _ = planReport.text(language: .english, width: 1)
    }

    @Test("a submission with nothing in it gives no findings")
    func empty() {
        #expect(Validator().validate(submission: Submission(file: "empty.csv")).findings.isEmpty)
    }
}
