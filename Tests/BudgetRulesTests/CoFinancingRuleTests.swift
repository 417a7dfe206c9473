import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 9: co-financing")
struct CoFinancingRuleTests {
    @Test("an own share below the minimum 1/3")
    func belowMinimum() throws {
        var plan = try Repository.samplePlan()
        plan.activities[2].coFinancing!.ownShare = 300_000
        plan.activities[2].coFinancing!.externalShares[0].amount = 700_000
        plan.activities[2].funding[2013] = 300_000
        let findings = faults(plan)
        expectOnly(findings, .cofinancingShare, file: "plan.json", activity: "1.3", expected: "333.334", found: "300.000")
        #expect(findings[0].message.da.contains("1/3"))
        #expect(findings[0].message.en.contains("required by Naturstyrelsen"))
    }

    @Test("own and external shares that do not add up to the total cost")
    func doesNotAddUp() throws {
        var plan = try Repository.samplePlan()
        plan.activities[2].coFinancing!.externalShares[0].amount = 600_000
        expectOnly(faults(plan), .cofinancingShare, file: "plan.json", activity: "1.3", expected: "1.000.000", found: "940.000")
    }

    @Test("funding that differs from the own share")
    func fundingDiffers() throws {
        var plan = try Repository.samplePlan()
        plan.activities[2].funding[2013] = 350_000
        expectOnly(faults(plan), .cofinancingShare, file: "plan.json", activity: "1.3", expected: "340.000", found: "350.000")
    }

    @Test("exactly the minimum passes; no minimum stated means only the sums are checked")
    func boundaries() throws {
        var plan = try Repository.samplePlan()
        plan.activities[2].coFinancing!.ownShare = 333_334
        plan.activities[2].coFinancing!.externalShares[0].amount = 666_666
        plan.activities[2].funding[2013] = 333_334
        #expect(faults(plan).isEmpty)
        plan.activities[2].coFinancing!.minimumOwnShare = nil
        plan.activities[2].coFinancing!.ownShare = 1
        plan.activities[2].coFinancing!.externalShares[0].amount = 999_999
        plan.activities[2].funding[2013] = 1
        #expect(faults(plan).isEmpty)
    }
}
