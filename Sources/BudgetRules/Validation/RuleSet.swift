/// The rules a ``Validator`` runs, and the rule ids it leaves out.
public struct RuleSet: Sendable {
    /// The rules, in the order of the budget rules.
    public var rules: [any BudgetRule]
    /// Rule ids whose findings are dropped.
    public var disabled: Set<RuleID>

    /// Creates a rule set.
    public init(rules: [any BudgetRule], disabled: Set<RuleID> = []) {
        self.rules = rules
        self.disabled = disabled
    }

    /// All eleven budget rules.
    public static var standard: RuleSet {
        RuleSet(rules: [
            AmountRule(), PeriodRule(), AreaTotalRule(), SubtotalRule(), OverviewTotalRule(), OverviewAreaRule(), RemainingRule(),
            FocusAreaRule(), DuplicateActivityRule(), CoFinancingRule(), CrimeTargetRule(), EmptyFocusAreaRule(),
        ])
    }

    /// The same rules without the findings of `ids`.
    public func excluding(_ ids: Set<RuleID>) -> RuleSet {
        RuleSet(rules: rules, disabled: disabled.union(ids))
    }

    /// The same rules reporting only `ids`.
    public func only(_ ids: Set<RuleID>) -> RuleSet {
        RuleSet(rules: rules, disabled: Set(RuleID.allCases).subtracting(ids))
    }
}
