import Foundation
import Testing

@testable import PlanModel

@Suite("Plan JSON")
struct PlanJSONTests {
    @Test("decode(encode(plan)) == plan, and encoding is deterministic")
    func roundTrip() throws {
        let plan = try Repository.samplePlan()
        let data = plan.jsonData()
        #expect(try Plan(jsonData: data) == plan)
        #expect(plan.jsonData() == data)
        // A plan built in code, with every optional left out, round-trips too.
        let small = Plan(
            partnership: Partnership(name: "P"), period: PlanPeriod(firstYear: 2020, lastYear: 2021), annualFrame: 10,
            focusAreas: [FocusArea(number: 1, title: "A")],
            activities: [Activity(id: "1.1", name: "N", shortName: "S", focusArea: 1, funding: [2020: 5], otherFocusAreas: .all)])
        #expect(try Plan(jsonData: small.jsonData()) == small)
    }

    @Test("the shipped sample is in canonical form (sorted keys, pretty, unescaped slashes)")
    func canonicalSample() throws {
        let bytes = try Data(contentsOf: Repository.samplePlanURL)
        let plan = try Plan(jsonData: bytes)
        #expect(plan.jsonData() == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"SAB/KAB\""))
        #expect(text.contains("\"2013\" : 40000"))
    }

    @Test("required keys and the documented shapes are written")
    func shape() throws {
        let plan = try Repository.samplePlan()
        let object = try #require(try JSONSerialization.jsonObject(with: plan.jsonData()) as? [String: Any])
        for key in ["partnership", "period", "annualFrame", "focusAreas", "activities", "crimeTargets"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let period = try #require(object["period"] as? [String: Int])
        #expect(period == ["firstYear": 2013, "lastYear": 2016])
        let activities = try #require(object["activities"] as? [[String: Any]])
        let first = activities[0]
        #expect(first["id"] as? String == "1.1")
        #expect(first["funding"] as? [String: Int] == ["2013": 40_000])
        #expect(first["otherFocusAreas"] as? [Int] == [2, 3])
        #expect(activities[3]["otherFocusAreas"] as? String == "all")
        let crime = try #require(object["crimeTargets"] as? [[String: Any]])
        let targets = try #require(crime[0]["targets"] as? [[String: Int]])
        #expect(targets[3] == ["year": 2016, "reduction": 25, "count": 116])
    }

    /// Decodes `mutate(sample)` and returns the error.
    func decodingError(_ mutate: (inout [String: Any]) -> Void) throws -> PlanDecodingError? {
        var object = try Repository.samplePlanObject()
        mutate(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try Plan(jsonData: data)
            return nil
        } catch {
            return error
        }
    }

    static func editActivity(_ index: Int, _ object: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var activities = object["activities"] as! [[String: Any]]
        edit(&activities[index])
        object["activities"] = activities
    }

    @Test("a wrong type names its key path")
    func wrongType() throws {
        let error = try #require(try decodingError { $0["annualFrame"] = "2.000.000" })
        #expect(error.keyPath == "annualFrame")
        #expect(error.reason == .wrongType(expected: "a whole number"))
        #expect(error.description == "annualFrame: expected a whole number, found something else.")
        #expect(error.message.da == "annualFrame: forventede et heltal, men fandt noget andet.")
    }

    @Test("a fractional amount deep in an activity names its key path")
    func fractionalFunding() throws {
        let error = try #require(
            try decodingError { Self.editActivity(2, &$0) { $0["funding"] = ["2013": 340_000.5] } })
        #expect(error.keyPath == "activities[2].funding.2013")
    }

    @Test("a missing key names the object and the key")
    func missingKey() throws {
        let error = try #require(try decodingError { Self.editActivity(1, &$0) { $0["shortName"] = nil } })
        #expect(error.keyPath == "activities[1]")
        #expect(error.reason == .missingKey("shortName"))
        let top = try #require(try decodingError { $0["crimeTargets"] = nil })
        #expect(top.keyPath == "")
        #expect(top.reason == .missingKey("crimeTargets"))
        #expect(top.description == "(the document): the key \"crimeTargets\" is missing.")
    }

    @Test("a funding key that is not a year is refused with its path")
    func badYearKey() throws {
        let error = try #require(try decodingError { Self.editActivity(0, &$0) { $0["funding"] = ["to tusind": 1] } })
        #expect(error.keyPath == "activities[0].funding.to tusind")
        guard case .invalidValue = error.reason else {
            Issue.record("expected invalidValue, got \(error.reason)")
            return
        }
    }

    @Test("otherFocusAreas is a list or \"all\"; other text is refused")
    func otherFocusAreas() throws {
        let error = try #require(try decodingError { Self.editActivity(0, &$0) { $0["otherFocusAreas"] = "alle" } })
        #expect(error.keyPath == "activities[0].otherFocusAreas")
        let plan = try Repository.samplePlan()
        #expect(plan.activities[3].otherFocusAreas == .all)
        #expect(plan.activities[0].otherFocusAreas == [2, 3])
        #expect(OtherFocusAreas.all.resolved(ownArea: 2, among: [1, 2, 3, 4, 5]) == [1, 3, 4, 5])
    }

    @Test("bytes that are not JSON are reported as such")
    func notJSON() {
        #expect(throws: PlanDecodingError.self) { try Plan(jsonData: Data("{\"partnership\": ".utf8)) }
        do {
            _ = try Plan(jsonData: Data("not json".utf8))
            Issue.record("decoded garbage")
        } catch {
            guard case .notJSON = error.reason else {
                Issue.record("expected notJSON, got \(error.reason)")
                return
            }
            #expect(error.keyPath == "")
        }
    }
}

extension PlanJSONTests {
    @Test("a fractional whole number anywhere names its key path")
    func fractionalNumbers() throws {
        let area = try #require(try decodingError { Self.editActivity(4, &$0) { $0["focusArea"] = 3.5 } })
        #expect(area.keyPath == "activities[4].focusArea")
        #expect(area.reason == .invalidValue("expected a whole number, found 3.5"))
        let frame = try #require(try decodingError { $0["annualFrame"] = 2_000_000.25 })
        #expect(frame.keyPath == "annualFrame")
        let year = try #require(try decodingError { $0["period"] = ["firstYear": 2013, "lastYear": 2016.5] })
        #expect(year.keyPath == "period.lastYear")
        let others = try #require(try decodingError { Self.editActivity(0, &$0) { $0["otherFocusAreas"] = [2, 3.5] } })
        #expect(others.keyPath == "activities[0].otherFocusAreas")
        let count = try #require(
            try decodingError {
                var targets = $0["crimeTargets"] as! [[String: Any]]
                targets[1]["baseline"] = 462.5
                $0["crimeTargets"] = targets
            })
        #expect(count.keyPath == "crimeTargets[1].baseline")
    }
}
