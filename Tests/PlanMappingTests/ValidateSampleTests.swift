import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Each faulty sample in samples/submitted (scripts/make-submitted-samples.py) gives its
/// findings at the right cells, and nothing else.
@Suite("Validate: faulty submitted samples")
struct ValidateSampleTests {
    /// A finding as the samples' README lists it.
    struct Expected: Hashable, CustomStringConvertible {
        var rule: RuleID
        var severity: Severity
        var sheet: String?
        var cell: String?
        var expected: String?
        var found: String?

        init(_ rule: RuleID, _ severity: Severity, _ sheet: String?, _ cell: String?, _ expected: String?, _ found: String?) {
            self.rule = rule
            self.severity = severity
            self.sheet = sheet
            self.cell = cell
            self.expected = expected
            self.found = found
        }

        init(_ finding: Finding) {
            self.init(finding.rule, finding.severity, finding.sheet, finding.cell, finding.expected, finding.found)
        }

        var description: String {
            "\(rule.rawValue) \(severity.rawValue) \(sheet ?? "-")!\(cell ?? "-") expected \(expected ?? "-") found \(found ?? "-")"
        }
    }

    static let samples: [(file: String, findings: [Expected])] = [
        (
            "oversigt-og-omraader-fejl.xlsx",
            [
                Expected(.areaTotalMismatch, .error, "Område 1", "C7", "600.000", "610.000"),
                Expected(.focusAreaEmpty, .info, "Område 5", "A1", nil, nil),
                Expected(.overviewAreaMismatch, .error, "Oversigt", "C7", "340.000", "350.000"),
                Expected(.amountFormat, .warning, "Oversigt", "C9", "30.000", "30.000."),
                Expected(.remainingMismatch, .error, "Oversigt", "D15", "970.000", "950.000"),
            ]
        ),
        (
            "oversigt-fejl.csv",
            [
                Expected(.focusAreaEmpty, .info, nil, "A1", nil, nil),
                Expected(.yearOutOfPeriod, .error, nil, "G3", "2013–2016", "2017"),
                Expected(.amountFormat, .warning, nil, "E7", "450.000", "450.000."),
                Expected(.focusAreaInvalid, .error, nil, "A9", "1–5", "6"),
                Expected(.duplicateActivity, .error, nil, "B11", nil, "Beboercentrum"),
            ]
        ),
        (
            "kriminalitetsmaal-fejl.csv",
            [
                Expected(.crimeTargetMismatch, .error, nil, "F4", "116", "115"),
                Expected(.crimeTargetMismatch, .error, nil, "E8", "16", "17"),
                Expected(.crimeTargetNotDecreasing, .error, nil, "E8", "< 17", "17"),
            ]
        ),
        (
            "aab-budget-fejl.xlsx",
            [
                Expected(.focusAreaEmpty, .info, "Budget", "A1", nil, nil),
                Expected(.amountInvalid, .error, "Budget", "D6", nil, "#REF!"),
                Expected(.amountInvalid, .error, "Budget", "C10", nil, "20.0005"),
                Expected(.amountFormat, .warning, "Budget", "F12", "150.000", "150"),
            ]
        ),
    ]

    @Test("Each faulty sample gives exactly its findings", arguments: samples.map(\.file))
    func findings(file: String) throws {
        let path = Fixtures.path("samples/submitted/" + file)
        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [path])
        #expect(check.unreadable.isEmpty)
        let found = check.report.findings.map(Expected.init)
        let expected = Self.samples.first { $0.file == file }!.findings
        #expect(found == expected, "\(check.report.text(language: .english))")
        #expect(check.report.findings.allSatisfy { $0.file == path })
        #expect(check.report.hasErrors)
    }

    @Test("Every finding has a Danish and an English message; the text report fits 80 columns", arguments: samples.map(\.file))
    func messagesAndWidth(file: String) throws {
        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [Fixtures.path("samples/submitted/" + file)])
        for finding in check.report.findings {
            #expect(!finding.message.da.isEmpty && !finding.message.en.isEmpty && finding.message.da != finding.message.en)
        }
        for language in Language.allCases {
            for line in check.report.text(language: language, width: 80).split(separator: "\n") {
                #expect(line.count <= 80, "\(line)")
            }
        }
    }

    @Test("The amount-format finding on “30.000.” explains the stray point in both languages")
    func sloppyReason() throws {
        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [Fixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx")])
        let finding = try #require(check.report.findings.first { $0.rule == .amountFormat })
        #expect(finding.message.da.contains("overskydende punktum"))
        #expect(finding.message.en.contains("stray point"))
        #expect(finding.activity == "Dialog med beboerne")
    }

    @Test("A file that cannot be read is listed with its reason; the others are still checked")
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let broken = folder.file("broken.xlsx")
        _ = FileManager.default.createFile(atPath: broken, contents: Data("not a zip".utf8))
        let empty = folder.file("notes.csv")
        _ = FileManager.default.createFile(atPath: empty, contents: Data("Referat;Dato\nMøde;1.2.2013\n".utf8))
        let good = Fixtures.path("samples/submitted/kriminalitetsmaal-fejl.csv")
        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [broken, good, empty, folder.file("missing.csv")])
        #expect(check.unreadable.map(\.file) == [broken, empty, folder.file("missing.csv")])
        #expect(check.unreadable.allSatisfy { !$0.reason.da.isEmpty && !$0.reason.en.isEmpty })
        // Every input is in the report, in order; those not read with their problem.
        #expect(check.report.files.map(\.path) == [broken, good, empty, folder.file("missing.csv")])
        #expect(check.report.files.filter { $0.problem == nil }.map(\.path) == [good])
        #expect(check.report.files.compactMap { $0.problem?.kind } == ["unreadable", "no-tables", "missing"])
        #expect(check.report.summary.unreadableFiles == 3)
        #expect(check.report.findings.count == 3)
    }
}
