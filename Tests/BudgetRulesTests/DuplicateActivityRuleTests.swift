import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 8: no activity twice in an area")
struct DuplicateActivityRuleTests {
    @Test("an area table listing an activity twice, once by its short name (known from the plan)")
    func areaTableByAlias() throws {
        var submission = Fixture.submission()
        submission.areaTables[2].rows.append(
            ActivityRow(area: 3, name: "Akutpulje", location: Fixture.loc("Område 3", "B9"), amounts: [:]))
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .duplicateActivity, sheet: "Område 3", cell: "B9", activity: "Akutpulje", expected: nil,
            found: "Akutpulje")
    }

    @Test("an overview listing the same name twice in an area (no plan needed)")
    func overviewSameName() {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows.append(
            ActivityRow(area: 1, name: "Det gode valg.", location: Fixture.loc("Oversigt", "B13"), amounts: [:]))
        let findings = faults(submission).filter { $0.rule != .activityUnmatched }
        expectOnly(findings, .duplicateActivity, sheet: "Oversigt", cell: "B13", activity: "Det gode valg.", expected: nil, found: "Det gode valg.")
        #expect(findings[0].message.en.contains("Oversigt!B3"))
    }

    @Test("the same name in two different areas is not a duplicate")
    func differentAreas() throws {
        var plan = try Repository.samplePlan()
        plan.activities.append(Activity(id: "2.2", name: "Belysning på Volden", shortName: "Lys", focusArea: 2, funding: [:], otherFocusAreas: .none))
        #expect(faults(plan).isEmpty)
    }

    @Test("a plan with one id twice")
    func planDuplicateID() throws {
        var plan = try Repository.samplePlan()
        plan.activities.append(Activity(id: "1.1", name: "Tyverikampagne", shortName: "Tyveri", focusArea: 1, funding: [:], otherFocusAreas: .none))
        expectOnly(faults(plan), .duplicateActivity, file: "plan.json", activity: "1.1", expected: nil, found: "1.1")
    }

    @Test("a plan with two activities of one area sharing a name")
    func planDuplicateName() throws {
        var plan = try Repository.samplePlan()
        plan.activities.append(Activity(id: "3.5", name: "Beboercentrum", shortName: "Beboercentrum", focusArea: 3, funding: [:], otherFocusAreas: .none))
        let findings = faults(plan)
        expectOnly(findings, .duplicateActivity, file: "plan.json", activity: "3.5", expected: nil, found: "Beboercentrum")
        #expect(findings[0].message.da.contains("3.3"))
    }
}
