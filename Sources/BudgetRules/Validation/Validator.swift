import PlanModel

/// Runs the budget rules over a plan or over submissions and collects a ``Report``.
///
/// ```swift
/// let report = Validator().validate(submission: submission, against: plan)
/// print(report.text(language: .danish))
/// ```
public struct Validator: Sendable {
    /// The rules to run.
    public var ruleSet: RuleSet

    /// Creates a validator running `ruleSet` (all rules by default).
    public init(ruleSet: RuleSet = .standard) {
        self.ruleSet = ruleSet
    }

    /// Checks an approved plan; findings are filed under `file`.
    public func validate(plan: Plan, file: String = "plan.json", options: ValidationOptions = .init()) -> Report {
        let context = makeContext(plan: plan, file: file, options: options)
        let findings = ruleSet.rules.flatMap { $0.check(plan: plan, in: context) }
        return Report(files: [Report.FileReport(path: file, findings: filter(findings))])
    }

    /// Checks one submission, reconciled against an approved plan when given.
    public func validate(submission: Submission, against plan: Plan? = nil, options: ValidationOptions = .init()) -> Report {
        validate(submissions: [submission], against: plan, options: options)
    }

    /// Checks several submissions (one file report each, in order).
    public func validate(submissions: [Submission], against plan: Plan? = nil, options: ValidationOptions = .init()) -> Report {
        var files: [Report.FileReport] = []
        var matches: [ActivityMatch] = []
        for submission in submissions {
            let figures = SubmissionFigures(submission: submission, plan: plan, options: options)
            var context = makeContext(plan: plan, file: submission.file, options: options)
            context.annualFrame = figures.frame
            context.period = figures.period
            let reconciliation = Reconciliation(
                submission: submission, matcher: context.matcher, focusAreaNumbers: context.focusAreaNumbers)
            context.reconciliation = reconciliation
            let findings = figures.notes + ruleSet.rules.flatMap { $0.check(submission: submission, in: context) }
            files.append(Report.FileReport(path: submission.file, findings: filter(findings)))
            matches += reconciliation.matches
        }
        return Report(files: files, matches: matches)
    }

    private func makeContext(plan: Plan?, file: String, options: ValidationOptions) -> RuleContext {
        let areas = plan.map { $0.focusAreas.map(\.number) } ?? []
        return RuleContext(
            plan: plan, annualFrame: options.resolvedAnnualFrame(plan: plan), period: options.resolvedPeriod(plan: plan),
            focusAreaNumbers: areas.isEmpty ? ValidationOptions.defaultFocusAreas : Array(Set(areas)).sorted(),
            planFile: file,
            matcher: ActivityMatcher(plan: plan, minimumConfidence: options.minimumMatchConfidence))
    }

    private func filter(_ findings: [Finding]) -> [Finding] {
        ruleSet.disabled.isEmpty ? findings : findings.filter { !ruleSet.disabled.contains($0.rule) }
    }
}
