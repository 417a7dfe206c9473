import PlanModel

/// Rule 3 for subtotals: a subtotal row ("I alt indsatsområde 1", "Subtotal") equals the
/// sum of the activity rows it closes, year by year.
///
/// A year whose subtotal or an activity amount could not be read is skipped (rule 1
/// reports it), and so is a year outside the plan period (rule 2 reports it).
public struct SubtotalRule: BudgetRule {
    public let number = 3
    public let ruleIDs: [RuleID] = [.subtotalMismatch]

    /// Creates the rule.
    public init() {}

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for subtotal in submission.subtotals {
            let total = subtotal.total
            for year in yearsIn([total.amounts] + subtotal.rows.map(\.amounts)) where context.period.contains(year) {
                guard let sum = usableSum(subtotal.rows, year: year), let stated = total.amounts.usable(year), sum != stated
                else { continue }
                findings.append(
                    Finding(
                        rule: .subtotalMismatch, location: total.amounts[year]?.location ?? total.location,
                        expected: Phrase.figure(sum), found: Phrase.figure(stated),
                        message: LocalizedText(
                            da: "Subtotalen \(Phrase.quoted(total.label)) for \(year) er \(Phrase.da(stated)), men de \(subtotal.rows.count) rækker over den summerer til \(Phrase.da(sum)).",
                            en: "The subtotal \(Phrase.quoted(total.label)) for \(year) is \(Phrase.en(stated)), but the \(subtotal.rows.count) rows it sums add up to \(Phrase.en(sum)).")))
            }
        }
        return findings
    }
}
