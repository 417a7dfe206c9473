import PlanModel
import Testing

@testable import BudgetRules

@Suite("Rules 3 and 4: area and overview totals")
struct TotalRuleTests {
    @Test("rule 3: an area's “I alt” that is not the sum of its activities")
    func areaTotal() throws {
        var submission = Fixture.submission()
        submission.areaTables[0].total!.amounts[2013] = Fixture.amount(610_000, "Område 1", "C6")
        let findings = faults(submission, against: try Repository.samplePlan())
        expectOnly(findings, .areaTotalMismatch, sheet: "Område 1", cell: "C6", expected: "600.000", found: "610.000")
        #expect(findings[0].message.da == "“I alt” i indsatsområde 1 for 2013 er 610.000 kr., men aktiviteterne summerer til 600.000 kr.")
        #expect(findings[0].message.en == "“I alt” of focus area 1 for 2013 is DKK 610,000, but the activities add up to DKK 600,000.")
    }

    @Test("rule 3: a missing total cell counts as zero, at the total row's label")
    func areaTotalMissingCell() throws {
        var submission = Fixture.submission()
        submission.areaTables[3].total!.amounts[2013] = nil
        expectOnly(faults(submission, against: try Repository.samplePlan()), .areaTotalMismatch, sheet: "Område 4", cell: "A4", expected: "40.000", found: "0")
    }

    @Test("rule 4: the overview's “I alt” that is not the sum of its rows")
    func overviewTotal() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].total!.amounts[2013] = Fixture.amount(1_480_000, "Oversigt", "C11")
        expectOnly(
            faults(submission, against: try Repository.samplePlan()), .overviewTotalMismatch, sheet: "Oversigt", cell: "C11", expected: "1.490.000",
            found: "1.480.000")
    }

    @Test("rule 4: an overview consistent in itself but not with the area tables (with rule 5's mismatch behind it)")
    func overviewVersusAreas() throws {
        var submission = Fixture.submission()
        submission.overviewTables[0].rows[5].amounts[2015] = Fixture.amount(25_000, "Oversigt", "E7")
        submission.overviewTables[0].total!.amounts[2015] = Fixture.amount(625_000, "Oversigt", "E11")
        submission.overviewTables[0].remaining!.amounts[2015] = Fixture.amount(1_375_000, "Oversigt", "E12")
        let findings = faults(submission, against: try Repository.samplePlan())
        #expect(findings.map(\.rule) == [.overviewAreaMismatch, .overviewTotalMismatch])
        let total = try #require(findings.first { $0.rule == .overviewTotalMismatch })
        #expect(total.location == Fixture.loc("Oversigt", "E11"))
        #expect(total.expected == "620.000")
        #expect(total.found == "625.000")
        #expect(total.message.en.contains("area tables' totals"))
    }

    @Test("rule 4: only some areas' tables: the overview is not compared with them")
    func partialAreaTables() throws {
        var submission = Fixture.submission()
        submission.areaTables = [Fixture.areaTable(1)]
        #expect(faults(submission, against: try Repository.samplePlan()).isEmpty)
    }
}
