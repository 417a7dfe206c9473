import Testing
@testable import BudgetRules
