import PlanModel

/// Renders a report as JSON, keys in a fixed order, two-space indentation:
///
/// ```json
/// {
///   "files" : [
///     {
///       "path" : "budget.xlsx",
///       "error" : null,
///       "findings" : [
///         {
///           "rule" : "area-total-mismatch",
///           "severity" : "error",
///           "file" : "budget.xlsx",
///           "sheet" : "Område 1",
///           "cell" : "C7",
///           "activity" : null,
///           "expected" : "600.000",
///           "found" : "610.000",
///           "message" : { "da" : "…", "en" : "…" }
///         }
///       ]
///     }
///   ],
///   "summary" : { "errors" : 1, "warnings" : 0, "info" : 0, "unreadable" : 0, "skipped" : 0 }
/// }
/// ```
struct JSONReportRenderer {
    func render(_ report: Report) -> String {
        let files: [JSONValue] = report.files.map { file in
            var members: [(String, JSONValue)] = [
                ("path", .string(file.path)),
                ("error", file.problem.map(value) ?? .null),
                ("findings", .array(file.findings.map(value))),
            ]
            if let reading = file.reading { members += self.reading(reading) }
            return .object(members)
        }
        let summary = report.summary
        let root = JSONValue.object([
            ("files", .array(files)),
            (
                "summary",
                .object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("info", .int(summary.info)),
                    ("unreadable", .int(summary.unreadableFiles)), ("skipped", .int(summary.skippedFiles)),
                ])
            ),
        ])
        var out = ""
        root.write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// The `tables`, `matches` and `coverage` members of a file read from a sheet.
    private func reading(_ reading: FileReading) -> [(String, JSONValue)] {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func text(_ text: LocalizedText?) -> JSONValue {
            text.map { .object([("da", .string($0.da)), ("en", .string($0.en))]) } ?? .null
        }
        let tables: [JSONValue] = reading.tables.map { table in
            .object([
                ("kind", .string(table.kind)),
                ("sheet", optional(table.location.sheet)),
                ("cell", optional(table.location.cell)),
                ("units", .array(table.units.map(JSONValue.string))),
                ("unitSource", .string(table.unitSource)),
                ("unitSheet", optional(table.unitCell?.sheet)),
                ("unitCell", optional(table.unitCell?.cell)),
                ("summary", text(table.summary)),
            ])
        }
        let matches: [JSONValue] = reading.matches.map { match in
            .object([
                ("sheet", optional(match.location.sheet)),
                ("cell", optional(match.location.cell)),
                ("name", .string(match.name)),
                ("activity", .string(match.activityID)),
                ("activityName", .string(match.activityName)),
                ("method", .string(match.method)),
                ("confidence", match.confidence.map { .int(Int(($0 * 100).rounded())) } ?? .null),
                ("nameIsKnown", .bool(match.nameIsKnown)),
            ])
        }
        func figures(_ status: String, key: String) -> JSONValue {
            .array(
                reading.figures.filter { $0.status == status }.map { figure in
                    var members: [(String, JSONValue)] = [
                        ("sheet", optional(figure.location.sheet)),
                        ("cell", optional(figure.location.cell)),
                        ("raw", .string(figure.raw)),
                    ]
                    if status != "not-understood" { members.append((key, optional(figure.kind))) }
                    members.append(("year", figure.year.map(JSONValue.int) ?? .null))
                    if status != "used" { members.append(("why", text(figure.why))) }
                    return .object(members)
                })
        }
        return [
            ("tables", .array(tables)),
            ("matches", .array(matches)),
            (
                "coverage",
                .object([
                    ("used", figures("used", key: "as")),
                    ("setAside", figures("set-aside", key: "reason")),
                    ("notUnderstood", figures("not-understood", key: "")),
                ])
            ),
        ]
    }

    private func value(_ problem: FileProblem) -> JSONValue {
        .object([
            ("kind", .string(problem.kind)),
            ("skipped", .bool(problem.isSkipped)),
            ("message", .object([("da", .string(problem.message.da)), ("en", .string(problem.message.en))])),
        ])
    }

    private func value(_ finding: Finding) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object([
            ("rule", .string(finding.rule.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("sheet", optional(finding.sheet)),
            ("cell", optional(finding.cell)),
            ("activity", optional(finding.activity)),
            ("expected", optional(finding.expected)),
            ("found", optional(finding.found)),
            ("message", .object([("da", .string(finding.message.da)), ("en", .string(finding.message.en))])),
        ])
    }
}

/// A JSON value with ordered object keys, written with two-space indentation.
enum JSONValue {
    case null
    case int(Int)
    /// A fraction such as a certainty (0.83), written as Swift's shortest round-trip form.
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? String(number) : "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .string(let text): JSONString.write(text, to: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONString.write(key, to: &out)
                out += " : "
                value.write(to: &out, indent: indent + 2)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }
}
