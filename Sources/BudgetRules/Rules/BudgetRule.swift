import PlanModel

/// One budget rule as a value: it checks a plan and/or a parsed
/// submission and yields findings. Rules never read files.
///
/// Both checks have default implementations that find nothing, so a rule implements
/// only what applies to it.
public protocol BudgetRule: Sendable {
    /// The rule's number in list of budget rules (1–11; see BudgetRules.docc, “The budget rules”).
    var number: Int { get }
    /// The rule ids the rule can report.
    var ruleIDs: [RuleID] { get }
    /// Checks an approved plan.
    func check(plan: Plan, in context: RuleContext) -> [Finding]
    /// Checks a submission (reconciled against `context.plan` when there is one).
    func check(submission: Submission, in context: RuleContext) -> [Finding]
}

extension BudgetRule {
    public func check(plan: Plan, in context: RuleContext) -> [Finding] { [] }
    public func check(submission: Submission, in context: RuleContext) -> [Finding] { [] }
}
