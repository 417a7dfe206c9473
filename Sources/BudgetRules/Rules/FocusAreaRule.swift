import PlanModel

/// Rule 7: every activity has exactly one focus area among the plan's (1–5); the other
/// areas it contributes to are valid, listed once and not its own.
///
/// On a submission: every overview row has a valid area; an area table's area is valid;
/// an area-table row that states an area states its table's.
public struct FocusAreaRule: BudgetRule {
    public let number = 7
    public let ruleIDs: [RuleID] = [.focusAreaInvalid]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let valid = Set(context.focusAreaNumbers)
        let range = context.focusAreaRange
        let location = context.planLocation
        var seen = Set<Int>()
        for area in plan.focusAreas where !seen.insert(area.number).inserted || area.number < 1 {
            findings.append(
                Finding(
                    rule: .focusAreaInvalid, location: location, found: String(area.number),
                    message: LocalizedText(
                        da: "Indsatsområde \(area.number) er ugyldigt eller findes to gange i planen.",
                        en: "Focus area \(area.number) is invalid or appears twice in the plan.")))
        }
        for activity in plan.activities {
            let name = "\(activity.id) \(Phrase.quoted(activity.name))"
            if !valid.contains(activity.focusArea) {
                findings.append(
                    Finding(
                        rule: .focusAreaInvalid, location: location, activity: activity.id, expected: range,
                        found: String(activity.focusArea),
                        message: LocalizedText(
                            da: "Aktivitet \(name) hører under indsatsområde \(activity.focusArea), som ikke findes (gyldige: \(range)).",
                            en: "Activity \(name) is under focus area \(activity.focusArea), which does not exist (valid: \(range)).")))
            }
            guard let listed = activity.otherFocusAreas.listed else { continue }
            var listedSeen = Set<Int>()
            for other in listed {
                let problem: (String, String)?
                if other == activity.focusArea {
                    problem = ("er aktivitetens eget område", "is the activity's own area")
                } else if !valid.contains(other) {
                    problem = ("findes ikke (gyldige: \(range))", "does not exist (valid: \(range))")
                } else if !listedSeen.insert(other).inserted {
                    problem = ("er nævnt to gange", "is listed twice")
                } else {
                    problem = nil
                }
                guard let problem else { continue }
                findings.append(
                    Finding(
                        rule: .focusAreaInvalid, location: location, activity: activity.id,
                        expected: other == activity.focusArea ? "≠ \(activity.focusArea)" : range, found: String(other),
                        message: LocalizedText(
                            da: "Aktivitet \(name) bidrager ifølge planen til indsatsområde \(other), som \(problem.0).",
                            en: "Activity \(name) is said to contribute to focus area \(other), which \(problem.1).")))
            }
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let valid = Set(context.focusAreaNumbers)
        let range = context.focusAreaRange
        for table in submission.overviewTables {
            for row in table.rows {
                if let area = row.area, valid.contains(area) { continue }
                findings.append(invalid(row, expected: range, reason: row.area == nil ? .missing : .unknown))
            }
        }
        for table in submission.areaTables {
            if let area = table.area, !valid.contains(area) {
                findings.append(
                    Finding(
                        rule: .focusAreaInvalid, location: table.location, expected: range, found: String(area),
                        message: LocalizedText(
                            da: "Tabellen er for indsatsområde \(area), som ikke findes (gyldige: \(range)).",
                            en: "The table is for focus area \(area), which does not exist (valid: \(range)).")))
            }
            for row in table.rows {
                switch (table.area, row.area) {
                case (let tableArea?, let rowArea?) where tableArea != rowArea:
                    findings.append(invalid(row, expected: String(tableArea), reason: .differsFromTable(tableArea)))
                case (nil, nil):
                    findings.append(invalid(row, expected: range, reason: .missing))
                case (nil, let rowArea?) where !valid.contains(rowArea):
                    findings.append(invalid(row, expected: range, reason: .unknown))
                default:
                    break
                }
            }
        }
        return findings
    }

    private enum Reason {
        case missing, unknown
        case differsFromTable(Int)
    }

    private func invalid(_ row: ActivityRow, expected: String, reason: Reason) -> Finding {
        let name = Phrase.quoted(row.name)
        let raw = row.areaRaw ?? ""
        let message: LocalizedText
        switch reason {
        case .missing:
            message = LocalizedText(
                da: "Aktiviteten \(name) har intet gyldigt indsatsområde\(raw.isEmpty ? "" : " (\(Phrase.quoted(raw)))") (gyldige: \(expected)).",
                en: "The activity \(name) has no valid focus area\(raw.isEmpty ? "" : " (\(Phrase.quoted(raw)))") (valid: \(expected)).")
        case .unknown:
            message = LocalizedText(
                da: "Aktiviteten \(name) står under indsatsområde \(raw), som ikke findes (gyldige: \(expected)).",
                en: "The activity \(name) is under focus area \(raw), which does not exist (valid: \(expected)).")
        case .differsFromTable(let area):
            message = LocalizedText(
                da: "Aktiviteten \(name) står under indsatsområde \(raw) i tabellen for indsatsområde \(area).",
                en: "The activity \(name) is under focus area \(raw) in the table for focus area \(area).")
        }
        return Finding(
            rule: .focusAreaInvalid, location: row.areaLocation ?? row.location, activity: row.name, expected: expected,
            found: raw, message: message)
    }
}
