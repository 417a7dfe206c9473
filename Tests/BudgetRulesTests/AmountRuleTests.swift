import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rule 1: amounts")
struct AmountRuleTests {
    @Test("a sloppy text amount is read with an amount-format warning")
    func sloppy() throws {
        let findings = faults(Fixture.seedSubmission(), against: try Repository.samplePlan())
        expectOnly(findings, .amountFormat, sheet: "Oversigt", cell: "C6", activity: "Dialog med beboerne", expected: "30.000", found: "30.000.")
        #expect(findings[0].message.da.contains("punktum til sidst"))
        #expect(findings[0].message.en.contains("trailing full stop"))
    }

    @Test("an ambiguous text amount is read with an amount-format warning")
    func ambiguous() throws {
        var submission = Fixture.submission()
        submission.areaTables[0].rows[0].amounts[2013] = ParsedAmount(
            value: 40_000, raw: "40 t.kr.", quality: .ambiguous(LocalizedText(da: "tusinder kroner", en: "thousands of kroner")),
            location: Fixture.loc("Område 1", "C3"))
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(
            findings, .amountFormat, sheet: "Område 1", cell: "C3", activity: "Indbrudskampagne i Tingbjerg-Husum", expected: "40.000", found: "40 t.kr.")
        #expect(findings[0].message.en.contains("ambiguous"))
    }

    @Test("an unreadable amount is amount-invalid, and sums that need it are not checked")
    func invalid() throws {
        var submission = Fixture.submission()
        submission.areaTables[2].rows[0].amounts[2013] = ParsedAmount(
            value: nil, raw: "ca. 30.000", quality: .invalid(LocalizedText(da: "ikke et beløb", en: "not an amount")),
            location: Fixture.loc("Område 3", "C3"))
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .amountInvalid, sheet: "Område 3", cell: "C3", activity: submission.areaTables[2].rows[0].name, expected: nil, found: "ca. 30.000")
    }

    @Test("a negative amount is amount-invalid; a missing value without a reason too")
    func negative() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows[1].amounts[2014] = .clean(-180_000, raw: "-180.000", at: Fixture.loc("Oversigt", "D3"))
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .amountInvalid, sheet: "Oversigt", cell: "D3", activity: "Det gode valg", expected: nil, found: "-180.000")

        var blank = Fixture.submission()
        blank.areaTables[1].total!.amounts[2016] = ParsedAmount(value: nil, raw: "#REF!", quality: .clean, location: Fixture.loc("Område 2", "F4"))
        expectOnly(faults(blank, against: try Repository.samplePlan()), .amountInvalid, sheet: "Område 2", cell: "F4", expected: nil, found: "#REF!")
    }

    @Test("a negative amount in a plan is amount-invalid for its activity")
    func planNegative() throws {
        var plan = try Repository.samplePlan()
        plan.activities[0].funding[2013] = -40_000
        expectOnly(faults(plan), .amountInvalid, file: "plan.json", activity: "1.1", expected: nil, found: "-40.000")
    }
}
