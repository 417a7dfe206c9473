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
            let area = table.area.map { (" i indsatsområde \($0)", " of focus area \($0)") } ?? ("", "")
            for mismatch in SumMismatch.find(total: total, rows: table.rows, in: context) {
                findings.append(
                    Finding(
                        rule: .areaTotalMismatch, location: mismatch.location,
                        expected: Phrase.figure(mismatch.sum), found: Phrase.figure(mismatch.stated),
                        message: LocalizedText(
                            da:
                                "\(Phrase.quoted(total.label))\(area.0) for \(mismatch.year) er \(Phrase.da(mismatch.stated)), men aktiviteterne summerer til \(Phrase.da(mismatch.sum)).",
                            en:
                                "\(Phrase.quoted(total.label))\(area.1) for \(mismatch.year) is \(Phrase.en(mismatch.stated)), but the activities add up to \(Phrase.en(mismatch.sum))."
                        )))
            }
        }
        return findings
    }
}
