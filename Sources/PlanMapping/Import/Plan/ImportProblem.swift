import BudgetRules
import PlanModel

/// Something import could not take as it stands: an amount that cannot be read, a row
/// without focus area, two sheets that disagree.
public struct ImportProblem: Hashable, Sendable {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The plan would be wrong: nothing is written.
        case error
        /// The plan is written; have a look.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// Where.
    public var location: SourceLocation
    /// What, in Danish and English.
    public var message: LocalizedText

    /// Creates a problem.
    public init(severity: Severity, location: SourceLocation, message: LocalizedText) {
        self.severity = severity
        self.location = location
        self.message = message
    }
}
