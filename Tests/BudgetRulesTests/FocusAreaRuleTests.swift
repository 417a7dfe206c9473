import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 7: focus areas")
struct FocusAreaRuleTests {
    @Test("an overview row under focus area 6")
    func overviewRowArea6() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows[5].area = 6
        submission.overviewTables[0].rows[5].areaRaw = "6"
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .focusAreaInvalid, sheet: "Oversigt", cell: "A7", activity: "Akutpulje", expected: "1–5",
            found: "6")
    }

    @Test("an overview row without a focus area")
    func overviewRowNoArea() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows[0].area = nil
        submission.overviewTables[0].rows[0].areaRaw = "Et"
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .focusAreaInvalid, sheet: "Oversigt", cell: "A2", activity: "Indbrudsindsats", expected: "1–5", found: "Et")
    }

    @Test("an area-table row that names another area than its table")
    func rowDiffersFromTable() throws {
        var submission = Fixture.submission()
        submission.areaTables[0].rows[0].area = 2
        submission.areaTables[0].rows[0].areaRaw = "2"
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .focusAreaInvalid, sheet: "Område 1", cell: "A3",
            activity: "Indbrudskampagne i Tingbjerg-Husum", expected: "1", found: "2")
    }

    @Test("a plan activity under focus area 6")
    func planActivityArea() throws {
        var plan = try Repository.samplePlan()
        plan.activities[5].focusArea = 6
        expectOnly(faults(plan), .focusAreaInvalid, file: "plan.json", activity: "3.2", expected: "1–5", found: "6")
    }

    @Test("a plan activity that says it contributes to its own area")
    func planOtherIsOwn() throws {
        var plan = try Repository.samplePlan()
        plan.activities[0].otherFocusAreas = [1, 3]
        expectOnly(faults(plan), .focusAreaInvalid, file: "plan.json", activity: "1.1", expected: "≠ 1", found: "1")
    }

    @Test("a plan activity that contributes to an area that does not exist")
    func planOtherUnknown() throws {
        var plan = try Repository.samplePlan()
        plan.activities[6].otherFocusAreas = [1, 7]
        expectOnly(faults(plan), .focusAreaInvalid, file: "plan.json", activity: "3.3", expected: "1–5", found: "7")
    }
}
