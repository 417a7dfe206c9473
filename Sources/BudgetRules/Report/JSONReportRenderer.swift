import PlanModel

/// Renders a report as JSON, keys in a fixed order, two-space indentation:
///
/// ```json
/// {
///   "files" : [
///     {
///       "path" : "budget.xlsx",
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
///   "summary" : { "errors" : 1, "warnings" : 0, "info" : 0 }
/// }
/// ```
struct JSONReportRenderer {
    func render(_ report: Report) -> String {
        let files: [JSONValue] = report.files.map { file in
            var members: [(String, JSONValue)] = [
                ("path", .string(file.path)),
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
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .int(let number): out += String(number)
        case .string(let text): JSONValue.writeString(text, to: &out)
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
                JSONValue.writeString(key, to: &out)
                out += " : "
                value.write(to: &out, indent: indent + 2)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped,
    /// everything else as UTF-8.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
