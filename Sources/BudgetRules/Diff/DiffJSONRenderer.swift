import PlanModel

/// The diff as JSON, keys in a fixed order, two-space indentation:
///
/// ```json
/// {
///   "old" : { "kind" : "plan", "paths" : [ "2013.json" ], "base" : null },
///   "new" : { "kind" : "sheets", "paths" : [ "oversigt.xlsx" ], "base" : "2013.json" },
///   "changes" : [
///     { "kind" : "funding-changed", "activity" : "1.2", "name" : "…", "focusArea" : 1,
///       "field" : null, "subject" : null, "year" : 2014, "old" : 180000, "new" : 140000,
///       "difference" : -40000, "match" : { "method" : "id", "certainty" : 1.0 } }
///   ],
///   "totals" : [ { "year" : 2014, "old" : 1030000, "new" : 990000, "difference" : -40000,
///                  "remaining" : { "old" : 970000, "new" : 1010000, "difference" : 40000 } } ],
///   "summary" : { "activity-added" : 0, …, "detail-changed" : 0, "total" : 1 }
/// }
/// ```
///
/// Amounts are whole kroner as integers; texts are strings, lists arrays of strings;
/// a value that is absent on one side is `null`.
public struct DiffJSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text, ending in a newline.
    public func render(_ diff: PlanDiff, old: DiffSource, new: DiffSource) -> String {
        var counts: [(String, JSONValue)] = diff.counts.map { ($0.kind.rawValue, .int($0.count)) }
        counts.append(("total", .int(diff.changes.count)))
        let root = JSONValue.object([
            ("old", source(old)),
            ("new", source(new)),
            ("changes", .array(diff.changes.map(change))),
            ("totals", .array(diff.totals.map(totals))),
            ("summary", .object(counts)),
        ])
        var out = ""
        root.write(to: &out, indent: 0)
        return out + "\n"
    }

    private func source(_ source: DiffSource) -> JSONValue {
        .object([
            ("kind", .string(source.kind.rawValue)),
            ("paths", .array(source.paths.map(JSONValue.string))),
            ("base", source.base.map(JSONValue.string) ?? .null),
        ])
    }

    private func change(_ change: PlanChange) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }
        let match: JSONValue =
            change.match.map {
                .object([("method", .string($0.method.rawValue)), ("certainty", .double(($0.certainty * 100).rounded() / 100))])
            } ?? .null
        return .object([
            ("kind", .string(change.kind.rawValue)),
            ("activity", optional(change.activity)),
            ("name", optional(change.activityName)),
            ("focusArea", optional(change.focusArea)),
            ("field", optional(change.field?.rawValue)),
            ("subject", optional(change.subject)),
            ("year", optional(change.year)),
            ("old", value(change.old)),
            ("new", value(change.new)),
            ("difference", change.difference.map { .int(Int($0)) } ?? .null),
            ("match", match),
        ])
    }

    private func value(_ value: ChangeValue?) -> JSONValue {
        switch value {
        case .amount(let kroner)?: return .int(Int(kroner.value))
        case .number(let number)?: return .int(number)
        case .text(let text)?: return .string(text)
        case .list(let items)?: return .array(items.map(JSONValue.string))
        case nil: return .null
        }
    }

    private func totals(_ row: YearTotals) -> JSONValue {
        func amount(_ kroner: Kroner?) -> JSONValue { kroner.map { .int(Int($0.value)) } ?? .null }
        return .object([
            ("year", .int(row.year)),
            ("old", amount(row.old)),
            ("new", amount(row.new)),
            ("difference", amount(row.difference)),
            (
                "remaining",
                .object([
                    ("old", amount(row.oldRemaining)), ("new", amount(row.newRemaining)),
                    ("difference", amount(row.remainingDifference)),
                ])
            ),
        ])
    }
}
