import PlanModel

/// One broken rule (or one thing worth knowing): what, how serious, where, what was
/// expected and what was found, in Danish and English.
///
/// JSON (every key is always present; a value that does not apply is `null`):
/// ```json
/// {"rule": "area-total-mismatch", "severity": "error", "file": "budget.xlsx", "sheet": "Område 1",
///  "cell": "C7", "activity": null, "expected": "600.000", "found": "610.000",
///  "message": {"da": "…", "en": "…"}}
/// ```
public struct Finding: Hashable, Sendable, Codable {
    /// What the finding is about.
    public var rule: RuleID
    /// How serious it is (given by the rule id).
    public var severity: Severity
    /// The file, sheet and cell it concerns. Findings on a plan name the plan's file only.
    public var location: SourceLocation
    /// The activity it concerns: a plan activity's id (`"1.3"`) for findings on a plan,
    /// the activity's name as written in the sheet for findings on a submission.
    public var activity: String?
    /// What was expected, e.g. `"1.490.000"`.
    public var expected: String?
    /// What was found, e.g. `"1.480.000"`.
    public var found: String?
    /// The explanation in Danish and English.
    public var message: LocalizedText

    /// Creates a finding; its severity is the rule id's.
    public init(
        rule: RuleID, location: SourceLocation, activity: String? = nil, expected: String? = nil,
        found: String? = nil, message: LocalizedText
    ) {
        self.rule = rule
        self.severity = rule.severity
        self.location = location
        self.activity = activity
        self.expected = expected
        self.found = found
        self.message = LocalizedText(da: Self.tidy(message.da), en: Self.tidy(message.en))
    }

    /// Removes the doubled full stop of a sentence that ends in "kr.".
    static func tidy(_ text: String) -> String {
        guard text.hasSuffix("kr..") else { return text }
        return String(text.dropLast())
    }

    /// The file.
    public var file: String { location.file }
    /// The sheet, if any.
    public var sheet: String? { location.sheet }
    /// The cell (A1), if any.
    public var cell: String? { location.cell }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, file, sheet, cell, activity, expected, found, message
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(RuleID.self, forKey: .rule)
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity) ?? rule.severity
        location = SourceLocation(
            file: try c.decode(String.self, forKey: .file),
            sheet: try c.decodeIfPresent(String.self, forKey: .sheet),
            cell: try c.decodeIfPresent(String.self, forKey: .cell))
        activity = try c.decodeIfPresent(String.self, forKey: .activity)
        expected = try c.decodeIfPresent(String.self, forKey: .expected)
        found = try c.decodeIfPresent(String.self, forKey: .found)
        message = try c.decode(LocalizedText.self, forKey: .message)
    }

    /// Encodes the flat form above, with `null` for values that do not apply.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(location.file, forKey: .file)
        try c.encode(location.sheet, forKey: .sheet)
        try c.encode(location.cell, forKey: .cell)
        try c.encode(activity, forKey: .activity)
        try c.encode(expected, forKey: .expected)
        try c.encode(found, forKey: .found)
        try c.encode(message, forKey: .message)
    }
}
