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

/// Something import could not take as it stands: an amount that cannot be read, a row
/// without focus area, two sheets that disagree.
public struct ImportProblem: Hashable, Sendable {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The plan would be wrong: nothing is written.
        case error
        /// The plan is written; have a look.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// Where.
    public var location: SourceLocation
    /// What, in Danish and English.
    public var message: LocalizedText

    /// Creates a problem.
    public init(severity: Severity, location: SourceLocation, message: LocalizedText) {
        self.severity = severity
        self.location = location
        self.message = message
    }
}

/// What import made of the files: the plan, the tables found per file, which rows became
/// which activities, and the problems.
public struct ImportResult: Sendable {
    /// The plan built.
    public var plan: Plan
    /// The files with their tables.
    public var files: [ScannedFile]
    /// The rows taken for activities, file by file, in sheet order.
    public var matches: [ImportMatch]
    /// The problems found.
    public var problems: [ImportProblem]
    /// Base-plan activities that no sheet gave figures for (their funding is the base plan's).
    public var untouched: [String]

    /// Creates a result.
    public init(plan: Plan, files: [ScannedFile], matches: [ImportMatch], problems: [ImportProblem], untouched: [String]) {
        self.plan = plan
        self.files = files
        self.matches = matches
        self.problems = problems
        self.untouched = untouched
    }

    /// Whether a problem is an error (then the plan should not be written).
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
