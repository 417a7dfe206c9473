import PlanModel

/// Rule 8: no activity appears twice in the same focus area.
///
/// On a plan: two activities with the same id, or two activities of one area sharing a
/// name (name, short name or alias, after normalisation). On a submission: two rows of
/// the same area (across the area tables, and within the overview) with the same name
/// after normalisation, the same id, or naming the same plan activity. The finding is
/// at the later row.
public struct DuplicateActivityRule: BudgetRule {
    public let number = 8
    public let ruleIDs: [RuleID] = [.duplicateActivity]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var ids: [String: Activity] = [:]
        var names: [NameKey: Activity] = [:]
        for activity in plan.activities {
            if let first = ids[activity.id] {
                findings.append(
                    Finding(
                        rule: .duplicateActivity, location: context.planLocation, activity: activity.id, found: activity.id,
                        message: LocalizedText(
                            da: "Id \(activity.id) bruges både af \(Phrase.quoted(first.name)) og \(Phrase.quoted(activity.name)).",
                            en: "The id \(activity.id) is used by both \(Phrase.quoted(first.name)) and \(Phrase.quoted(activity.name)).")))
                continue
            }
            ids[activity.id] = activity
            let keys = Set(activity.allNames.map(DanishText.normalize).filter { !$0.isEmpty })
            if let first = keys.sorted().lazy.compactMap({ names[NameKey(area: activity.focusArea, name: $0)] }).first {
                findings.append(
                    Finding(
                        rule: .duplicateActivity, location: context.planLocation, activity: activity.id, found: activity.name,
                        message: LocalizedText(
                            da:
                                "Aktivitet \(activity.id) \(Phrase.quoted(activity.name)) findes allerede i indsatsområde \(activity.focusArea) som \(first.id) \(Phrase.quoted(first.name)).",
                            en:
                                "Activity \(activity.id) \(Phrase.quoted(activity.name)) already appears in focus area \(activity.focusArea) as \(first.id) \(Phrase.quoted(first.name))."
                        )))
                continue
            }
            for key in keys { names[NameKey(area: activity.focusArea, name: key)] = activity }
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        let reconciliation =
            context.reconciliation
            ?? Reconciliation(submission: submission, matcher: context.matcher, focusAreaNumbers: context.focusAreaNumbers)
        return findings(reconciliation.areaRows, reconciliation.areaDuplicates, place: ("områdetabellerne", "the area tables"))
            + findings(reconciliation.overviewRows, reconciliation.overviewDuplicates, place: ("oversigten", "the overview"))
    }

    private func findings(_ rows: [Reconciliation.Entry], _ duplicates: [Int: Int], place: (String, String)) -> [Finding] {
        duplicates.keys.sorted().map { index in
            let entry = rows[index]
            let first = rows[duplicates[index]!].row
            let row = entry.row
            let area = entry.area.map { (" i indsatsområde \($0)", " in focus area \($0)") } ?? ("", "")
            return Finding(
                rule: .duplicateActivity, location: row.location, activity: row.name, found: row.name,
                message: LocalizedText(
                    da:
                        "Aktiviteten \(Phrase.quoted(row.name)) står to gange\(area.0) i \(place.0); første gang som \(Phrase.quoted(first.name))\(Phrase.at(first.location)).",
                    en:
                        "The activity \(Phrase.quoted(row.name)) appears twice\(area.1) in \(place.1); first as \(Phrase.quoted(first.name))\(Phrase.at(first.location))."
                ))
        }
    }

    private struct NameKey: Hashable {
        var area: Int
        var name: String
    }
}
