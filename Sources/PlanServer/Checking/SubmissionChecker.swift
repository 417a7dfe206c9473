import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// Checks one stored upload exactly as `plansheet validate --plan PLAN FILE` checks a file:
/// through the library's ``SubmissionValidator`` and its reading pipeline
/// (``ScannedInputs``), with nothing of its own. The file is read from the content store
/// (its format told by its bytes, never by its name) and named in the findings by the name
/// it had on the partner's computer; hidden sheets are skipped and reported, every figure's
/// fate, the units, the formula findings and a file without tables come out as they do on
/// the command line, reconciled against the current plan when there is one.
public struct SubmissionChecker: Sendable {
    /// The plan the sheets are reconciled against, if any.
    public var plan: Plan?

    /// Creates a checker.
    public init(plan: Plan?) {
        self.plan = plan
    }

    /// The library's validator, set up as `plansheet validate` sets it up with `--plan`
    /// and no other option: hidden sheets skipped, the plan's frame and period.
    public var validator: SubmissionValidator {
        SubmissionValidator(plan: plan, options: ValidationOptions(), scanner: FileScanner(period: plan?.period))
    }

    /// Reads the file at `storedPath` (a path in the content store) and calls it
    /// `displayName`, as the reading pipeline does (``SpreadsheetFile/read(path:named:)``).
    ///
    /// A zip archive is read as a workbook; anything else as CSV, whose reader refuses
    /// binary files (PDF, old .xls) with a message saying what they are.
    public static func read(storedPath: String, displayName: String) throws(InputError) -> SpreadsheetFile {
        try SpreadsheetFile.read(path: storedPath, named: displayName)
    }

    /// Checks the file at `storedPath`, named `displayName` in the report.
    public func check(storedPath: String, displayName: String) -> SubmissionOutcome {
        let check = validator.check(inputs: [ScannedInputs.Input(path: storedPath, name: displayName)])
        return SubmissionOutcome(check: check, plan: plan)
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
