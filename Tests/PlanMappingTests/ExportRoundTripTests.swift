import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Export → import gives back the plan: every layout, as XLSX and as CSV, and the
/// overview workbook, read by the importer (FileScanner + PlanImporter).
@Suite("Export round trip")
struct ExportRoundTripTests {
    let plan: Plan
    /// The plan without funding and crime targets: what the files must fill in again.
    let bare: Plan

    init() throws {
        plan = Fixtures.plan
        var bare = plan
        for index in bare.activities.indices { bare.activities[index].funding = Funding() }
        bare.crimeTargets = []
        self.bare = bare
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var layout: ExportLayout?
        var format: ExportFormat
        var testDescription: String { "\(layout?.rawValue ?? "overview workbook").\(format.rawValue)" }
        var fileName: String { "\(layout?.rawValue ?? "workbook").\(format.rawValue)" }
    }

    static let cases: [Case] =
        ExportLayout.allCases.flatMap { layout in
            ExportFormat.allCases.map { Case(layout: layout, format: $0) }
        } + [Case(layout: nil, format: .xlsx)]

    func write(_ item: Case, in folder: TemporaryFolder) throws -> String {
        let path = folder.file(item.fileName)
        let exporter = PlanExporter(plan: plan)
        if let layout = item.layout {
            try exporter.write(layout, format: item.format, to: path)
        } else {
            try exporter.writeOverviewWorkbook(to: path)
        }
        return path
    }

    @Test("with the plan as base (funding and crime targets removed), import restores them exactly", arguments: cases)
    func restoresFigures(_ item: Case) throws {
        let folder = try TemporaryFolder()
        let path = try write(item, in: folder)
        let scanned = try FileScanner().scan(path: path)
        let result = PlanImporter(options: ImportOptions(basePlan: bare)).importPlan(from: [scanned])
        #expect(!result.hasErrors, "\(result.problems)")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let carriesFunding = item.layout != .crime
        let carriesCrime = item.layout == .crime || item.layout == nil
        if carriesFunding {
            #expect(result.plan.activities == plan.activities)
            #expect(result.matches.allSatisfy { !$0.isNew }, "every row is taken for a plan activity")
        }
        if carriesCrime {
            #expect(result.plan.crimeTargets == plan.crimeTargets)
        }
        var expected = bare
        if carriesFunding { expected.activities = plan.activities }
        if carriesCrime { expected.crimeTargets = plan.crimeTargets }
        #expect(result.plan == expected)
    }

    @Test("without a base plan, import rebuilds the activities: ids, areas, names and funding", arguments: cases.filter { $0.layout != .crime })
    func rebuildsActivities(_ item: Case) throws {
        let folder = try TemporaryFolder()
        let path = try write(item, in: folder)
        let result = PlanImporter().importPlan(from: [try FileScanner().scan(path: path)])
        #expect(!result.hasErrors, "\(result.problems)")
        let imported = result.plan.activities.sorted { $0.id < $1.id }
        #expect(imported.map(\.id) == plan.activities.map(\.id))
        #expect(imported.map(\.focusArea) == plan.activities.map(\.focusArea))
        #expect(imported.map(\.funding) == plan.activities.map(\.funding))
        let names = item.layout == .overview ? plan.activities.map(\.shortName) : plan.activities.map(\.name)
        #expect(imported.map(\.name) == names)
        if item.layout == .overview || item.layout == nil {
            #expect(result.plan.annualFrame == plan.annualFrame, "the frame is I alt + Resterende beløb pr. år")
        }
    }

    @Test("every exported file passes the budget rules against its plan: no errors, no warnings", arguments: cases)
    func validates(_ item: Case) throws {
        let folder = try TemporaryFolder()
        let path = try write(item, in: folder)
        let check = SubmissionValidator(plan: plan).check(paths: [path])
        #expect(check.unreadable.isEmpty)
        let findings = check.report.files.flatMap(\.findings)
        #expect(check.report.files.map(\.path) == [path])
        #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings.map { "\($0.rule) \($0.cell ?? "") \($0.message.en)" })")
        // Area 5 has no activities: reported as information where the file shows the areas.
        #expect(findings.allSatisfy { $0.rule == .focusAreaEmpty })
    }
}
