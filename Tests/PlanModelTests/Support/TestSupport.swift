import Foundation

@testable import PlanModel

/// Files of this repository, found from this source file's path.
enum Repository {
    /// The package root.
    static let root = URL(fileURLWithPath: TestEnvironment.packageRoot)

    static var samplePlanURL: URL { root.appendingPathComponent("samples/tryghedsplan-2013.json") }
    static var schemaURL: URL { root.appendingPathComponent("schema/plan.schema.json") }

    /// The shipped 2013 plan.
    static func samplePlan() throws -> Plan {
        try Plan(jsonData: Data(contentsOf: samplePlanURL))
    }

    /// The shipped 2013 plan as a JSON object, for editing in tests.
    static func samplePlanObject() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: samplePlanURL)) as! [String: Any]
    }
}
