import BudgetRules
import PlanModel

/// A sheet row taken for a plan activity: where it is, what it is called there, which
/// activity it became, and how surely.
public struct ImportMatch: Hashable, Sendable {
    /// The file.
    public var file: String
    /// The kind of table the row is in.
    public var tableKind: TableKind
    /// The row's name cell.
    public var location: SourceLocation
    /// The row's focus area, when known.
    public var area: Int?
    /// The name as written in the sheet.
    public var name: String
    /// The plan activity's id.
    public var activityID: String
    /// The plan activity's name.
    public var activityName: String
    /// How the row was matched to an activity of the base plan (or of an earlier table);
    /// `nil` when the row became a new activity.
    public var method: MatchMethod?
    /// How sure the matcher is, 0...1 (1 for a new activity).
    public var confidence: Double

    /// Creates a match.
    public init(
        file: String, tableKind: TableKind, location: SourceLocation, area: Int?, name: String, activityID: String,
        activityName: String, method: MatchMethod?, confidence: Double
    ) {
        self.file = file
        self.tableKind = tableKind
        self.location = location
        self.area = area
        self.name = name
        self.activityID = activityID
        self.activityName = activityName
        self.method = method
        self.confidence = confidence
    }

    /// Whether the row became a new activity.
    public var isNew: Bool { method == nil }
}
