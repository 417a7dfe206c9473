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
            for mismatch in SumMismatch.find(total: total, rows: subtotal.rows, in: context) {
                findings.append(
                    Finding(
                        rule: .subtotalMismatch, location: mismatch.location,
                        expected: Phrase.figure(mismatch.sum), found: Phrase.figure(mismatch.stated),
                        message: LocalizedText(
                            da:
                                "Subtotalen \(Phrase.quoted(total.label)) for \(mismatch.year) er \(Phrase.da(mismatch.stated)), men de \(subtotal.rows.count) rækker over den summerer til \(Phrase.da(mismatch.sum)).",
                            en:
                                "The subtotal \(Phrase.quoted(total.label)) for \(mismatch.year) is \(Phrase.en(mismatch.stated)), but the \(subtotal.rows.count) rows it sums add up to \(Phrase.en(mismatch.sum))."
                        )))
            }
        }
        return findings
    }
}
