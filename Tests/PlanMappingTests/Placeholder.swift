import Testing
@testable import PlanMapping
