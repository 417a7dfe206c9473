import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 6: remaining amount and the annual frame")
struct RemainingRuleTests {
    @Test("a remaining amount that is not frame − total")
    func mismatch() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].remaining!.amounts[2013] = Fixture.amount(500_000, "Oversigt", "C12")
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .remainingMismatch, sheet: "Oversigt", cell: "C12", expected: "510.000", found: "500.000")
    }

    @Test("a total over the frame is budget-overspent at the total cell (a matching negative remainder is no extra finding)")
    func overspent() throws {
        var submission = Fixture.submission()
        submission.areaTables = []
        submission.overviewTables[0].rows[3].amounts[2013] = Fixture.amount(1_060_000, "Oversigt", "C5")
        submission.overviewTables[0].total!.amounts[2013] = Fixture.amount(2_100_000, "Oversigt", "C11")
        submission.overviewTables[0].remaining!.amounts[2013] = .clean(-100_000, raw: "-100.000", at: Fixture.loc("Oversigt", "C12"))
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .budgetOverspent, sheet: "Oversigt", cell: "C11", expected: "2.000.000", found: "2.100.000")
        #expect(findings[0].message.da == "I alt for 2013 udgør 2.100.000 kr., 100.000 kr. over den årlige ramme på 2.000.000 kr.")
    }

    @Test("a negative remaining amount under a total within the frame: wrong, and overspent")
    func negativeRemaining() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].remaining!.amounts[2014] = .clean(-10_000, raw: "-10.000", at: Fixture.loc("Oversigt", "D12"))
        let findings = faults(submission, against: try Repository.samplePlan())
        #expect(findings.map(\.rule) == [.remainingMismatch, .budgetOverspent])
        #expect(findings.allSatisfy { $0.location == Fixture.loc("Oversigt", "D12") })
        #expect(findings[0].expected == "970.000")
        #expect(findings[1].found == "-10.000")
    }

    @Test("the annual frame can be given as an option")
    func frameOption() throws {
        let options = ValidationOptions(annualFrame: 2_500_000)
        let findings = faults(Fixture.submission(), against: try Repository.samplePlan(), options: options)
        #expect(findings.map(\.rule) == Array(repeating: .remainingMismatch, count: 4))
        #expect(findings.map(\.expected) == ["1.010.000", "1.470.000", "1.880.000", "1.880.000"])
    }

    @Test("a plan whose activities exceed the frame in a year is budget-overspent")
    func planOverspent() throws {
        var plan = try Repository.samplePlan()
        plan.activities[3].funding[2013] = 1_000_000
        expectOnly(faults(plan), .budgetOverspent, file: "plan.json", expected: "2.000.000", found: "2.040.000")
    }
}
