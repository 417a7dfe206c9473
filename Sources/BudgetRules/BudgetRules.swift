import PlanModel

/// The budget rules of the plan, as values that check a plan or a parsed sheet and yield findings.
public enum BudgetRulesInfo {}
