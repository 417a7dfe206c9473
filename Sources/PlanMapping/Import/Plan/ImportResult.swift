import BudgetRules
import PlanModel

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
