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
    /// The finding validate reports it as, when the budget rules do not report it
    /// themselves (a conflict between two tables, a crime table that cannot be read);
    /// `nil` for problems the rules report in their own words (an amount that cannot be
    /// read, a row without focus area).
    public var rule: RuleID?

    /// Creates a problem.
    public init(severity: Severity, location: SourceLocation, message: LocalizedText, rule: RuleID? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
    }

    /// The problem as a validation finding, when it has a rule id.
    public var finding: Finding? {
        rule.map { Finding(rule: $0, location: location, message: message) }
    }
}
