import Foundation

/// Plans made in code from the shipped 2013 sample, written as JSON files.
enum PlanFixture {
    /// The sample plan as a JSON object.
    static func sample() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.root + "/samples/tryghedsplan-2013.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A revision of the sample one year on: period 2014–2017, a frame of 2.200.000, every
    /// funding and crime-target year moved by one.
    static func revised2014() throws -> [String: Any] {
        var plan = try sample()
        plan["title"] = "Tryghedsplan, revision"
        plan["period"] = ["firstYear": 2014, "lastYear": 2017]
        plan["annualFrame"] = 2_200_000
        plan["activities"] = (plan["activities"] as! [[String: Any]]).map { activity in
            var activity = activity
            let funding = activity["funding"] as! [String: Any]
            activity["funding"] = Dictionary(uniqueKeysWithValues: funding.map { (String(Int($0.key)! + 1), $0.value) })
            return activity
        }
        plan["crimeTargets"] = (plan["crimeTargets"] as! [[String: Any]]).map { target in
            var target = target
            target["baselineYear"] = (target["baselineYear"] as! Int) + 1
            target["targets"] = (target["targets"] as! [[String: Any]]).map { item in
                var item = item
                item["year"] = (item["year"] as! Int) + 1
                return item
            }
            return target
        }
        if var goal = plan["safetyIndexGoal"] as? [String: Any], let year = goal["baselineYear"] as? Int {
            goal["baselineYear"] = year + 1
            plan["safetyIndexGoal"] = goal
        }
        return plan
    }

    /// Writes `plan` as JSON to `path`.
    static func write(_ plan: [String: Any], to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: plan, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
