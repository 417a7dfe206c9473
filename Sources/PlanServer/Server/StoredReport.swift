import BudgetRules
import Foundation
import PlanModel

/// A stored validate JSON report, read back for the pages: the findings, and each file's
/// `coverage` section where the report has one (the reading pipeline adds it).
public struct StoredReport: Sendable {
    /// Every finding.
    public var findings: [Finding]
    /// Each file's coverage section, as JSON, when present.
    public var coverage: [(file: String, section: JSONNode)]
    /// The summary counts.
    public var summary: Report.Summary

    /// Reads `json`; what cannot be read is left out (the stored text is what the library wrote).
    public init(json: String) {
        let data = Data(json.utf8)
        findings = []
        coverage = []
        summary = Report.Summary(errors: 0, warnings: 0, info: 0)
        guard let root = try? JSONDecoder().decode(JSONNode.self, from: data) else { return }
        for file in root["files"]?.array ?? [] {
            if let list = file["findings"], let encoded = try? JSONEncoder().encode(list),
                let decoded = try? JSONDecoder().decode([Finding].self, from: encoded)
            {
                findings += decoded
            }
            if let section = file["coverage"], section != .null {
                coverage.append((file["path"]?.string ?? "", section))
            }
        }
        if let s = root["summary"] {
            summary = Report.Summary(
                errors: s["errors"]?.int ?? 0, warnings: s["warnings"]?.int ?? 0, info: s["info"]?.int ?? 0)
        }
    }
}
