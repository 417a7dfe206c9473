import PlanModel

/// Rule 3: an area table's "I alt" row equals the sum of its activities, year by year.
///
/// A year whose total or activity amount could not be read is skipped (rule 1 reports it),
/// and so is a year outside the plan period (rule 2 reports it).
public struct AreaTotalRule: BudgetRule {
    public let number = 3
    public let ruleIDs: [RuleID] = [.areaTotalMismatch]

    /// Creates the rule.
    public init() {}

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in submission.areaTables {
            guard let total = table.total else { continue }
            for year in yearsIn([total.amounts] + table.rows.map(\.amounts)) where context.covers(year) {
                guard let sum = usableSum(table.rows, year: year), let stated = total.amounts.usable(year), sum != stated
                else { continue }
                let area = table.area.map { (" i indsatsområde \($0)", " of focus area \($0)") } ?? ("", "")
                findings.append(
                    Finding(
                        rule: .areaTotalMismatch, location: total.amounts[year]?.location ?? total.location,
                        expected: Phrase.figure(sum), found: Phrase.figure(stated),
                        message: LocalizedText(
                            da: "\(Phrase.quoted(total.label))\(area.0) for \(year) er \(Phrase.da(stated)), men aktiviteterne summerer til \(Phrase.da(sum)).",
                            en: "\(Phrase.quoted(total.label))\(area.1) for \(year) is \(Phrase.en(stated)), but the activities add up to \(Phrase.en(sum)).")))
            }
        }
        return findings
    }
}
