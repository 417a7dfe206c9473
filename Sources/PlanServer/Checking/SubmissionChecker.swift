import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// Checks one stored upload with the library's ``SubmissionValidator``: reads the file
/// from the content store (its format told by its bytes, never by its name), names it in
/// the findings by the name it had on the partner's computer, and runs the budget rules,
/// reconciled against the current plan when there is one.
public struct SubmissionChecker: Sendable {
    /// The plan the sheets are reconciled against, if any.
    public var plan: Plan?

    /// Creates a checker.
    public init(plan: Plan?) {
        self.plan = plan
    }

    /// Reads the file at `storedPath` (a path in the content store) and calls it `displayName`.
    ///
    /// A zip archive is read as a workbook; anything else as CSV, whose reader refuses
    /// binary files (PDF, old .xls) with a message saying what they are.
    public static func read(storedPath: String, displayName: String) throws(InputError) -> SpreadsheetFile {
        do {
            var file = try SpreadsheetFile.read(path: storedPath)
            file.path = displayName
            return file
        } catch {
            // The reader names the file by the path it opened; the partner knows it by its own name.
            func named(_ text: String) -> String { text.replacingOccurrences(of: storedPath, with: displayName) }
            throw InputError(file: displayName, reason: LocalizedText(da: named(error.reason.da), en: named(error.reason.en)))
        }
    }

    /// Checks the file at `storedPath`, named `displayName` in the report.
    public func check(storedPath: String, displayName: String) -> SubmissionOutcome {
        let validator = SubmissionValidator(plan: plan)
        let check: SubmissionCheck
        do {
            let file = try Self.read(storedPath: storedPath, displayName: displayName)
            let scanned = try validator.scanner.scan(file)
            if scanned.tables.isEmpty {
                check = validator.check([], unreadable: [Self.noTables(displayName)])
            } else {
                check = validator.check([scanned])
            }
        } catch {
            check = validator.check([], unreadable: [error])
        }
        return SubmissionOutcome(check: check, plan: plan)
    }

    /// The reason given when the file holds no table the rules can check.
    static func noTables(_ name: String) -> InputError {
        InputError(
            file: name,
            reason: LocalizedText(
                da: "der er ingen budgettabel i filen (ingen overskriftsrække med aktivitet og år eller beløb).",
                en: "the file holds no budget table (no header row naming activities and years or amounts)."))
    }
}

/// What a check found, ready to be stored.
public struct SubmissionOutcome: Sendable {
    /// The library's outcome.
    public var check: SubmissionCheck
    /// The validate JSON report.
    public var reportJSON: String
    /// Why the file could not be read, if it could not.
    public var unreadable: LocalizedText?
    /// errors, warnings or ok.
    public var status: SubmissionStatus
    /// The first funding year the sheet shows, if it shows one.
    public var planYear: Int?

    /// Sums up `check`.
    public init(check: SubmissionCheck, plan: Plan?) {
        self.check = check
        reportJSON = check.report.json()
        unreadable = check.unreadable.first?.reason
        let summary = check.report.summary
        status = SubmissionStatus(summary: summary, unreadable: unreadable != nil)
        let years = check.files.flatMap { $0.submission.years.map(\.year) }
        planYear = years.min()
    }

    /// The number of error findings, an unreadable file counted as one.
    public var errorCount: Int { check.report.summary.errors + (unreadable == nil ? 0 : 1) }
    /// The number of warnings.
    public var warningCount: Int { check.report.summary.warnings }
}
