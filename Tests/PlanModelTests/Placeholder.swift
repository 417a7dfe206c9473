import Testing
@testable import PlanModel
