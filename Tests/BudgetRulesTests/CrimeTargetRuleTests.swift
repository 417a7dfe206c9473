import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 10: crime targets")
struct CrimeTargetRuleTests {
    @Test("a plan target that is not baseline × (1 − reduction) rounded half up")
    func planMismatch() throws {
        var plan = try Repository.samplePlan()
        plan.crimeTargets[0].targets[1].count = 130
        let findings = faults(plan)
        expectOnly(findings, .crimeTargetMismatch, file: "plan.json", expected: "131", found: "130")
        #expect(findings[0].message.da.contains("Indbrud"))
    }

    @Test("a plan target that does not fall from the year before")
    func planNotDecreasing() throws {
        var plan = try Repository.samplePlan()
        plan.crimeTargets[4].targets[1] = CrimeTarget.Target(year: 2014, reduction: 10, count: 18)
        let findings = faults(plan)
        expectOnly(findings, .crimeTargetNotDecreasing, file: "plan.json", expected: "< 18", found: "18")
        #expect(findings[0].message.en.contains("Narkotika"))
    }

    @Test("a sheet's target that is off, at its cell")
    func sheetMismatch() throws {
        var submission = Fixture.submission()
        submission.crimeTables[0].rows[0].targets[1].count = ParsedCount(value: 130, raw: "130 (-15 %)", location: Fixture.loc("Måltal", "D2"))
        expectOnly(faults(submission, against: try Repository.samplePlan()), .crimeTargetMismatch, sheet: "Måltal", cell: "D2", expected: "131", found: "130")
    }

    @Test("a sheet without reductions is checked with the plan's")
    func reductionsFromPlan() throws {
        var submission = Fixture.submission()
        submission.crimeTables = [Fixture.crimeTable(withReductions: false)]
        let plan = try Repository.samplePlan()
        #expect(faults(submission, against: plan).isEmpty)
        submission.crimeTables[0].rows[1].targets[3].count = ParsedCount(value: 346, location: Fixture.loc("Måltal", "F3"))
        expectOnly(faults(submission, against: plan), .crimeTargetMismatch, sheet: "Måltal", cell: "F3", expected: "347", found: "346")
        // Without a plan or reductions only the fall can be checked.
        #expect(faults(submission).filter { $0.rule == .crimeTargetMismatch }.isEmpty)
    }

    @Test("a sheet's target that rises, and an unreadable target")
    func sheetNotDecreasingAndUnreadable() throws {
        var submission = Fixture.submission()
        submission.crimeTables = [Fixture.crimeTable(withReductions: false)]
        submission.crimeTables[0].rows[5].targets[2].count = ParsedCount(value: 28, location: Fixture.loc("Måltal", "E7"))
        submission.crimeTables[0].rows[5].targets[3].count = ParsedCount(value: 27, location: Fixture.loc("Måltal", "F7"))
        let findings = faults(submission).filter { $0.rule.domainRule == 10 }
        #expect(findings.map(\.rule) == [.crimeTargetNotDecreasing])
        #expect(findings.first?.location == Fixture.loc("Måltal", "E7"))
        #expect(findings.first?.expected == "< 27")

        var unreadable = Fixture.submission()
        unreadable.crimeTables[0].rows[2].targets[0].count = ParsedCount(value: nil, raw: "ca. 60", location: Fixture.loc("Måltal", "C4"))
        expectOnly(faults(unreadable, against: try Repository.samplePlan()), .crimeTargetMismatch, sheet: "Måltal", cell: "C4", expected: "59", found: "ca. 60")
    }
}
