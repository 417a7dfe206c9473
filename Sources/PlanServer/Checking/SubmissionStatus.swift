import BudgetRules
import GRDB

/// The outcome of a submission's check at a glance.
public enum SubmissionStatus: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    /// At least one error finding, or the file could not be read.
    case errors
    /// Warnings, no errors.
    case warnings
    /// Neither.
    case ok

    /// The status of a report (and whether the file could be read at all).
    public init(summary: Report.Summary, unreadable: Bool) {
        if unreadable || summary.errors > 0 {
            self = .errors
        } else if summary.warnings > 0 {
            self = .warnings
        } else {
            self = .ok
        }
    }
}
