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
        /// The plan is written; worth knowing what reading assumed (a sheet whose rows are
        /// numbered from 0).
        case info

        /// The severity of findings of `severity`.
        init(_ severity: BudgetRules.Severity) {
            switch severity {
            case .error: self = .error
            case .warning: self = .warning
            case .info: self = .info
            }
        }
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
    /// What was expected, as the finding gives it (`nil` when not told).
    public var expected: String?
    /// What was found, as the finding gives it (`nil` when not told).
    public var found: String?

    /// Creates a problem.
    public init(severity: Severity, location: SourceLocation, message: LocalizedText, rule: RuleID? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
    }

    /// A finding of reading (figures not understood, formulas computed, rows numbered from
    /// 0) as import's problem, with the severity its rule id gives: one severity for both
    /// commands.
    init(_ finding: Finding) {
        self.init(severity: Severity(finding.severity), location: finding.location, message: finding.message, rule: finding.rule)
        expected = finding.expected
        found = finding.found
    }

    /// The problem as a validation finding, when it has a rule id.
    public var finding: Finding? {
        rule.map { Finding(rule: $0, location: location, expected: expected, found: found, message: message) }
    }
}
