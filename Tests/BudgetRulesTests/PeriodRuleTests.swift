import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 2: years inside the period")
struct PeriodRuleTests {
    @Test("a 2017 column heading is year-out-of-period at its cell")
    func heading() throws {
        var submission = Fixture.submission()
        submission.years.append(YearHeading(year: 2017, location: Fixture.loc("Oversigt", "G1")))
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .yearOutOfPeriod, sheet: "Oversigt", cell: "G1", expected: "2013–2016", found: "2017")
    }

    @Test("an amount for 2012 without a heading is reported once per sheet, at its cell; other rules ignore that year")
    func amountOutside() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows[3].amounts[2012] = Fixture.amount(450_000, "Oversigt", "G5")
        submission.overviewTables[0].rows[5].amounts[2012] = Fixture.amount(20_000, "Oversigt", "G7")
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .yearOutOfPeriod, sheet: "Oversigt", cell: "G5", expected: "2013–2016", found: "2012")
    }

    @Test("the period can be given as an option")
    func periodOption() throws {
        let options = ValidationOptions(period: PlanPeriod(firstYear: 2013, lastYear: 2015))
        let findings = faults(Fixture.submission(), against: try Repository.samplePlan(), options: options)
        // The 2016 heading of each of the six sheets.
        #expect(findings.count == 6)
        #expect(findings.allSatisfy { $0.rule == .yearOutOfPeriod && $0.found == "2016" && $0.expected == "2013–2015" })
    }

    @Test("a period that is a typing error (2013–999999999) is one finding, and no rule goes through it year by year")
    func implausiblePeriod() throws {
        var plan = try Repository.samplePlan()
        plan.period = PlanPeriod(firstYear: 2013, lastYear: 999_999_999)
        let findings = Validator().validate(plan: plan).findings.filter { $0.rule == .yearOutOfPeriod }
        #expect(findings.count == 1)
        #expect(findings.first?.found == "2013–999999999")
        #expect(findings.first?.message.en.contains("correct its first or last year") == true)
        #expect(!PlanPeriod(firstYear: 2016, lastYear: 2013).isPlausible)
        #expect(PlanPeriod(firstYear: 2013, lastYear: 2016).isPlausible)
    }

    @Test("a plan funding an activity in 2017 is year-out-of-period for that activity")
    func planFunding() throws {
        var plan = try Repository.samplePlan()
        plan.activities[3].funding[2017] = 450_000
        expectOnly(faults(plan), .yearOutOfPeriod, file: "plan.json", activity: "2.1", expected: "2013–2016", found: "2017")
    }

    @Test("a plan's crime target for 2017 is year-out-of-period")
    func planCrimeTarget() throws {
        var plan = try Repository.samplePlan()
        plan.crimeTargets[0].targets.append(CrimeTarget.Target(year: 2017, reduction: 30, count: 108))
        expectOnly(faults(plan), .yearOutOfPeriod, file: "plan.json", expected: "2013–2016", found: "2017")
    }
}
