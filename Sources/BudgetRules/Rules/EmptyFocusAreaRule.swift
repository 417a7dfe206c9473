import PlanModel

/// Rule 11: a focus area without activities is reported (information, not an error).
///
/// On a plan: each focus area with no activity. On a submission that has an overview or
/// area tables: each valid focus area with no row in any of them, once, at its (empty)
/// area table when there is one, else at the overview. Without an overview, only areas
/// with an empty area table are reported (a sheet may hold only some areas' tables).
public struct EmptyFocusAreaRule: BudgetRule {
    public let number = 11
    public let ruleIDs: [RuleID] = [.focusAreaEmpty]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        plan.focusAreas.filter { plan.activities(inFocusArea: $0.number).isEmpty }.map { area in
            Finding(
                rule: .focusAreaEmpty, location: context.planLocation, expected: nil, found: nil,
                message: LocalizedText(
                    da: "Indsatsområde \(area.number) (\(area.shortTitle ?? area.title)) har ingen aktiviteter.",
                    en: "Focus area \(area.number) (\(area.englishTitle ?? area.shortTitle ?? area.title)) has no activities."))
        }
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        guard !submission.overviewTables.isEmpty || !submission.areaTables.isEmpty else { return [] }
        var used = Set<Int>()
        for table in submission.overviewTables { used.formUnion(table.rows.compactMap(\.area)) }
        for table in submission.areaTables {
            for row in table.rows { if let area = row.area ?? table.area { used.insert(area) } }
        }
        var findings: [Finding] = []
        for number in context.focusAreaNumbers.sorted() where !used.contains(number) {
            let location: SourceLocation
            if let table = submission.areaTables.first(where: { $0.area == number }) {
                location = table.location
            } else if let overview = submission.overviewTables.first {
                location = overview.location
            } else {
                continue
            }
            let title = context.plan?.focusArea(number)
            let daTitle = title.map { " (\($0.shortTitle ?? $0.title))" } ?? ""
            let enTitle = title.map { " (\($0.englishTitle ?? $0.shortTitle ?? $0.title))" } ?? ""
            findings.append(
                Finding(
                    rule: .focusAreaEmpty, location: location,
                    message: LocalizedText(
                        da: "Indsatsområde \(number)\(daTitle) har ingen aktiviteter.",
                        en: "Focus area \(number)\(enTitle) has no activities.")))
        }
        return findings
    }
}
