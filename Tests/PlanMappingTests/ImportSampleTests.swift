import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Every sample partner sheet (samples/partners, written by openpyxl and Python's csv
/// module) imports to the approved 2013 plan's figures exactly.
@Suite("Import: sample partner sheets")
struct ImportSampleTests {
    static let fundingFiles = [
        "kommune-oversigt.xlsx", "politi-indsatsomraader-tkr.xlsx", "aab-budget-english.xlsx", "fsb-budget-lang.csv",
        "sabkab-omraader.csv",
    ]

    @Test("Each file's funding per activity and year equals the plan's", arguments: fundingFiles)
    func fundingEqualsPlan(file: String) throws {
        let scanned = try FileScanner().scan(path: Fixtures.path("samples/partners/" + file))
        let result = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [scanned])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.untouched.isEmpty)
        // Every row matched an activity of the plan; none became a new one.
        #expect(!result.matches.isEmpty)
        #expect(result.matches.allSatisfy { !$0.isNew })
        #expect(result.plan.activities.map(\.id) == Fixtures.plan.activities.map(\.id))
        for (imported, planned) in zip(result.plan.activities, Fixtures.plan.activities) {
            #expect(imported.funding == planned.funding, "\(file): \(imported.id)")
        }
    }

    @Test("Without a base plan each file gives the plan's activities and amounts", arguments: fundingFiles)
    func newPlanFromFile(file: String) throws {
        let scanned = try FileScanner().scan(path: Fixtures.path("samples/partners/" + file))
        let result = PlanImporter().importPlan(from: [scanned])
        #expect(!result.hasErrors, "\(result.problems)")
        let plan = result.plan
        #expect(plan.period == PlanPeriod(firstYear: 2013, lastYear: 2016))
        #expect(plan.activities.map(\.id) == Fixtures.plan.activities.map(\.id))
        for (imported, planned) in zip(plan.activities, Fixtures.plan.activities) {
            #expect(imported.focusArea == planned.focusArea)
            #expect(imported.funding == planned.funding, "\(file): \(imported.id) \(imported.name)")
            #expect(planned.allNames.contains(imported.name))
        }
    }

    @Test(
        "The crime-target files equal the plan's crime targets",
        arguments: [
            "ssp-kriminalitetsmaal.csv", "politi-indsatsomraader-tkr.xlsx",
        ])
    func crimeTargets(file: String) throws {
        let scanned = try FileScanner().scan(path: Fixtures.path("samples/partners/" + file))
        let withBase = PlanImporter(options: ImportOptions(basePlan: Fixtures.plan)).importPlan(from: [scanned])
        #expect(withBase.plan.crimeTargets == Fixtures.plan.crimeTargets)
        // Without a plan the reductions come from the header, or are derived from the counts.
        let alone = PlanImporter().importPlan(from: [scanned])
        #expect(!alone.hasErrors, "\(alone.problems)")
        #expect(alone.plan.crimeTargets == Fixtures.plan.crimeTargets)
    }

    @Test("Validating each sample partner sheet against the plan finds no error", arguments: fundingFiles + ["ssp-kriminalitetsmaal.csv"])
    func samplesValidate(file: String) throws {
        let scanned = try FileScanner().scan(path: Fixtures.path("samples/partners/" + file))
        let report = Validator().validate(submission: scanned.submission, against: Fixtures.plan)
        #expect(!report.hasErrors, "\(report.text(language: .english))")
        #expect(report.findings.allSatisfy { $0.rule == .focusAreaEmpty || $0.severity != .warning }, "\(report.text(language: .english))")
    }
}
