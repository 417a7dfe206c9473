import PlanModel

/// What rules know besides the plan or submission they check: the approved plan (when
/// a submission is checked against one), the annual frame, the period, the valid focus
/// areas, the matcher, and the submission's reconciled activities.
public struct RuleContext: Sendable {
    /// The approved plan, when there is one.
    public var plan: Plan?
    /// The money available per year; `nil` when neither the plan, the options nor the
    /// submission gives it (then the frame-dependent checks are not made).
    public var annualFrame: Kroner?
    /// The plan period; `nil` when nothing gives it (then every year is checked and none
    /// is out of the period).
    public var period: PlanPeriod?
    /// The valid focus-area numbers (the plan's, or 1–5).
    public var focusAreaNumbers: [Int]
    /// The name under which findings on a plan are filed (e.g. its JSON file's path).
    public var planFile: String
    /// The activity matcher (using the plan's names when there is a plan).
    public var matcher: ActivityMatcher
    /// The submission's overview and area-table rows, paired; `nil` when checking a plan.
    public var reconciliation: Reconciliation?

    /// Creates a context.
    public init(
        plan: Plan?, annualFrame: Kroner?, period: PlanPeriod?, focusAreaNumbers: [Int], planFile: String,
        matcher: ActivityMatcher, reconciliation: Reconciliation? = nil
    ) {
        self.plan = plan
        self.annualFrame = annualFrame
        self.period = period
        self.focusAreaNumbers = focusAreaNumbers
        self.planFile = planFile
        self.matcher = matcher
        self.reconciliation = reconciliation
    }

    /// Whether `year` lies in the period (every year does when there is no period).
    func covers(_ year: Int) -> Bool { period?.contains(year) ?? true }

    /// The valid focus areas as people read them: `1–5`, or `1, 2, 4`.
    var focusAreaRange: String {
        let sorted = focusAreaNumbers.sorted()
        if let first = sorted.first, let last = sorted.last, sorted.count > 2,
            case (let span, let overflow) = last.subtractingReportingOverflow(first), !overflow, span == sorted.count - 1
        {
            return "\(first)–\(last)"
        }
        return sorted.map(String.init).joined(separator: ", ")
    }

    /// Where findings on the plan are filed.
    var planLocation: SourceLocation { SourceLocation(file: planFile) }
}
