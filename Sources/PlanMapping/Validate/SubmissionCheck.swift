import BudgetRules
import PlanModel

/// The outcome of checking submitted files: the report, the files read, and the files
/// that could not be read (or held no table).
public struct SubmissionCheck: Sendable {
    /// The findings, one file report per file that could be read.
    public var report: Report
    /// The files read, with their tables.
    public var files: [ScannedFile]
    /// The files that could not be checked, with the reason.
    public var unreadable: [InputError]
    /// The import the check began with (the same reconciliation `import` makes).
    public var imported: ImportResult?

    /// Creates an outcome.
    public init(report: Report, files: [ScannedFile], unreadable: [InputError], imported: ImportResult? = nil) {
        self.report = report
        self.files = files
        self.unreadable = unreadable
        self.imported = imported
    }
}
