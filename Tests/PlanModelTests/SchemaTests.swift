import Foundation
import Testing

@testable import PlanModel

/// Validates plans against schema/plan.schema.json with Python's `jsonschema`
/// (Draft 2020-12). Skipped with a message when python3 or jsonschema is missing,
/// except under CI=true, where that is a failure.
@Suite("Plan JSON Schema")
struct SchemaTests {
    static let checker = PythonSchemaChecker()

    @Test(
        "the shipped plan and its re-encoding validate; broken plans do not",
        .enabled(if: checker.isAvailable || TestEnvironment.isCI, "python3 with the jsonschema module was not found: skipped (this fails when CI=true)"))
    func validates() throws {
        try #require(Self.checker.isAvailable, "python3 with the jsonschema module is required when CI=true")
        let schema = try Data(contentsOf: Repository.schemaURL)
        let sample = try Data(contentsOf: Repository.samplePlanURL)
        let plan = try Plan(jsonData: sample)

        var broken: [(String, Data)] = []
        func variant(_ label: String, _ edit: (inout [String: Any]) -> Void) throws {
            var object = try Repository.samplePlanObject()
            edit(&object)
            broken.append((label, try JSONSerialization.data(withJSONObject: object)))
        }
        func activity(_ index: Int, _ edit: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
            { PlanJSONTests.editActivity(index, &$0, edit) }
        }
        try variant("missing crimeTargets") { $0["crimeTargets"] = nil }
        try variant("negative funding", activity(0) { $0["funding"] = ["2013": -40_000] })
        try variant("fractional funding", activity(0) { $0["funding"] = ["2013": 40_000.5] })
        try variant("funding key not a year", activity(0) { $0["funding"] = ["tretten": 1] })
        try variant("otherFocusAreas text", activity(0) { $0["otherFocusAreas"] = "alle" })
        try variant("focus area 6", activity(0) { $0["focusArea"] = 6 })
        try variant("unknown key", activity(0) { $0["budget"] = 1 })
        try variant("bad id", activity(0) { $0["id"] = "one" })

        let results = try Self.checker.validate(
            schema: schema, instances: [("sample", sample), ("re-encoded", plan.jsonData())] + broken)
        #expect(results["sample"] == [], "the shipped sample must validate")
        #expect(results["re-encoded"] == [], "Plan.jsonData() must validate")
        for (label, _) in broken {
            #expect(results[label]?.isEmpty == false, "\(label) should not validate")
        }
    }
}

/// Runs `python3` with `jsonschema` to validate JSON documents against a schema.
struct PythonSchemaChecker: Sendable {
    static let script = #"""
        import json, sys
        import jsonschema
        request = json.load(sys.stdin)
        schema = request["schema"]
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        out = {}
        for label, instance in request["instances"].items():
            out[label] = sorted("/".join(map(str, e.absolute_path)) + ": " + e.message for e in validator.iter_errors(instance))
        json.dump(out, sys.stdout)
        """#

    let isAvailable: Bool

    init() {
        isAvailable = (try? Self.run(arguments: ["-c", "import jsonschema"], input: Data())).map { $0.status == 0 } ?? false
    }

    /// The errors of each labelled instance (empty when it validates).
    func validate(schema: Data, instances: [(String, Data)]) throws -> [String: [String]] {
        var request = Data(#"{"schema":"#.utf8)
        request += schema
        request += Data(#","instances":{"#.utf8)
        for (index, (label, data)) in instances.enumerated() {
            if index > 0 { request += Data(",".utf8) }
            request += try JSONSerialization.data(withJSONObject: [label]).dropFirst().dropLast()
            request += Data(":".utf8)
            request += data
        }
        request += Data("}}".utf8)
        let result = try Self.run(arguments: ["-c", Self.script], input: request)
        guard result.status == 0 else {
            throw CheckerError(message: result.error)
        }
        return try JSONDecoder().decode([String: [String]].self, from: result.outputData)
    }

    struct CheckerError: Error, CustomStringConvertible {
        var message: String
        var description: String { "jsonschema failed: \(message)" }
    }

    static func run(arguments: [String], input: Data) throws -> ProcessOutput {
        try Subprocess.run(TestEnvironment.python ?? "/usr/bin/python3", arguments, input: input)
    }
}
