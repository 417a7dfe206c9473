import BudgetRules
import Foundation
import HummingbirdTesting
import PlanMapping
import PlanModel
import Spreadsheet
import Testing

@testable import PlanServer

/// The server checks a handed-in sheet exactly as `plansheet validate --plan` does: the same
/// reading pipeline, so the same findings at the same cells and the same report.
@Suite("Serve: a submission is checked as `plansheet validate` checks it")
struct CheckerParityTests {
    static let displayName = "budget med gammelt ark.xlsx"

    /// A workbook written with the project's XLSX writer: a hidden, stale copy of the budget
    /// with other figures ("Budget v1 (gl.)"), and the current budget whose 2013 total is a
    /// formula with a stale saved value.
    static func writeWorkbook(to path: String) throws {
        let writer = try XLSXWriter(path: path)
        let old = try writer.addSheet("Budget v1 (gl.)", options: .hidden)
        try old.appendRow(values: [.string("Indsatsområde"), .string("Aktivitet"), .string("2013"), .string("2014")])
        try old.appendRow(values: [.integer(1), .string("Skoleindsats ”Det gode valg”"), .integer(250_000), .integer(200_000)])
        let current = try writer.addSheet("Budget")
        try current.appendRow(values: [.string("Indsatsområde"), .string("Aktivitet"), .string("2013"), .string("2014")])
        try current.appendRow(values: [.integer(1), .string("Indbrudskampagne i Tingbjerg-Husum"), .integer(40_000), .integer(0)])
        try current.appendRow(values: [.integer(1), .string("Skoleindsats ”Det gode valg”"), .integer(220_000), .integer(180_000)])
        try current.appendRow([
            WriteCell(1, .string("I alt")),
            WriteCell(column: 2, value: .integer(999_999), formula: "SUM(C2:C3)"),
            WriteCell(column: 3, value: .integer(180_000), formula: "SUM(D2:D3)"),
        ])
        try writer.setActiveSheet("Budget")
        try writer.close()
    }

    @Test("A workbook with a hidden stale sheet gives the same findings (codes and cells) and report on the server as in validate")
    func sameFindingsAsValidate() async throws {
        let folder = ServerFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + Self.displayName
        try Self.writeWorkbook(to: path)
        let plan = ServerFixtures.plan

        // The library's validate path, as `plansheet validate FILE --plan PLAN` runs it.
        let scanner = FileScanner(mapping: nil, period: plan.period)
        let inputs = ScannedInputs(paths: [path], scanner: scanner)
        let library = SubmissionValidator(plan: plan, options: ValidationOptions(), scanner: scanner).check(inputs)
        let libraryFindings = library.report.findings
        // The sheet is what it is meant to be: a hidden sheet skipped and said so, a stale formula value.
        #expect(libraryFindings.contains { $0.rule == .hiddenSheetSkipped && $0.sheet == "Budget v1 (gl.)" && $0.found == "2" })
        #expect(libraryFindings.contains { $0.rule == .formulaStale && $0.sheet == "Budget" && $0.cell == "C4" })
        #expect(library.unreadable.isEmpty)

        // The server: handed in through the API by a partner.
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let (body, type) = Multipart.body(fields: [:], file: (Self.displayName, ServerFixtures.bytesAt(path)))
            var headers = APITests.bearer(server.police.secret)
            headers[.contentType] = type
            let created = try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: body)
            #expect(created.status == .created)
            let id = try #require(try APITests.json(created.body)["id"] as? Int)
            let police = try #require(await server.state.person(withSecret: server.police.secret))
            let record = try #require(try await server.state.store.submission(id: Int64(id), visibleTo: police))
            let served = StoredReport(json: record.reportJSON).findings

            func key(_ finding: Finding) -> String {
                "\(finding.rule.rawValue)|\(finding.severity)|\(finding.sheet ?? "-")|\(finding.cell ?? "-")|\(finding.found ?? "-")|\(finding.expected ?? "-")"
            }
            #expect(served.map(key) == libraryFindings.map(key))
            #expect(served.map(\.message) == libraryFindings.map(\.message))
            #expect(served.allSatisfy { $0.location.file == Self.displayName })
            // The whole report (tables, units, every figure's fate) is validate's, the file named as the partner named it.
            #expect(record.reportJSON == library.report.json().replacingOccurrences(of: folder + "/", with: ""))
            #expect(record.status == (library.report.hasErrors ? .errors : library.report.summary.warnings > 0 ? .warnings : .ok))
        }
    }

    @Test("A file whose tables are all on hidden sheets is refused with validate's reason")
    func onlyHiddenTables() async throws {
        let folder = ServerFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/skjult.xlsx"
        let writer = try XLSXWriter(path: path)
        let hidden = try writer.addSheet("Gammel", options: .hidden)
        try hidden.appendRow(values: [.string("Indsatsområde"), .string("Aktivitet"), .string("2013")])
        try hidden.appendRow(values: [.integer(1), .string("Indbrudskampagne i Tingbjerg-Husum"), .integer(40_000)])
        _ = try writer.addSheet("Noter")
        try writer.close()
        let plan = ServerFixtures.plan
        let scanner = FileScanner(period: plan.period)
        let library = SubmissionValidator(plan: plan, scanner: scanner).check(ScannedInputs(paths: [path], scanner: scanner))
        let reason = try #require(library.unreadable.first?.reason)
        #expect(reason.en.contains("hidden sheets"))

        let server = try TestServer()
        defer { server.remove() }
        let police = try #require(await server.state.person(withSecret: server.police.secret))
        let record = try await server.state.receive(ServerFixtures.bytesAt(path), fileName: "skjult.xlsx", from: police)
        #expect(record.status == .errors)
        let stored = try #require(record.unreadableJSON)
        let decoded = try JSONDecoder().decode(LocalizedText.self, from: Data(stored.utf8))
        #expect(decoded == reason)
        #expect(record.reportJSON == library.report.json().replacingOccurrences(of: folder + "/", with: ""))
    }
}

extension ServerFixtures {
    /// The bytes of the file at an absolute `path`.
    static func bytesAt(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path)!)
    }
}
