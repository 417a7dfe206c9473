import PlanModel

/// Rule 6: the remaining amount ("Resterende beløb pr. år") is the annual frame minus
/// the total, and is never negative; the total never exceeds the frame.
///
/// On a plan: `budget-overspent` for each year of the period whose total exceeds the
/// frame. On a submission, per overview table and year: `budget-overspent` at the total
/// cell when the total (the sum of the rows; the "I alt" cell when the rows cannot be
/// read) exceeds the frame;
/// `remaining-mismatch` at the remaining cell when it is not frame − total; and
/// `budget-overspent` at the remaining cell when it is negative while the total is not
/// over the frame.
public struct RemainingRule: BudgetRule {
    public let number = 6
    public let ruleIDs: [RuleID] = [.remainingMismatch, .budgetOverspent]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        guard let frame = context.annualFrame else { return [] }
        var years = Set(context.period.flatMap { $0.isPlausible ? $0.years : nil } ?? [])
        for activity in plan.activities { years.formUnion(activity.funding.years) }
        var findings: [Finding] = []
        for year in years.sorted() {
            guard let total = plan.total(in: year), total > frame else { continue }
            findings.append(overspent(total: total, frame: frame, year: year, at: context.planLocation, inPlan: true))
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        guard let frame = context.annualFrame else { return [] }
        var findings: [Finding] = []
        for table in submission.overviewTables {
            let maps = [table.total?.amounts ?? [:], table.remaining?.amounts ?? [:]] + table.rows.map(\.amounts)
            for year in yearsIn(maps) where context.covers(year) {
                // The total is the sum of the rows (a wrong "I alt" cell is rule 4's finding);
                // the "I alt" cell when the rows cannot be read.
                let cell = table.total?.amounts[year]
                let totalLocation = cell?.location ?? table.total?.location ?? table.location
                guard let total = table.rows.isEmpty ? cell?.usableValue : (usableSum(table.rows, year: year) ?? cell?.usableValue)
                else { continue }
                let over = total > frame
                if over {
                    findings.append(overspent(total: total, frame: frame, year: year, at: totalLocation, inPlan: false))
                }
                guard let remainingRow = table.remaining, let remainingCell = remainingRow.amounts[year],
                    let remaining = remainingCell.readableValue
                else { continue }
                if let expected = frame.subtracting(total), expected != remaining {
                    findings.append(
                        Finding(
                            rule: .remainingMismatch, location: remainingCell.location, expected: Phrase.figure(expected),
                            found: Phrase.figure(remaining),
                            message: LocalizedText(
                                da:
                                    "\(Phrase.quoted(remainingRow.label)) for \(year) er \(Phrase.da(remaining)), men rammen \(Phrase.da(frame)) minus i alt \(Phrase.da(total)) er \(Phrase.da(expected)).",
                                en:
                                    "\(Phrase.quoted(remainingRow.label)) for \(year) is \(Phrase.en(remaining)), but the frame \(Phrase.en(frame)) minus the total \(Phrase.en(total)) is \(Phrase.en(expected))."
                            )))
                }
                if remaining.isNegative, !over {
                    findings.append(
                        Finding(
                            rule: .budgetOverspent, location: remainingCell.location, expected: "0", found: Phrase.figure(remaining),
                            message: LocalizedText(
                                da: "\(Phrase.quoted(remainingRow.label)) for \(year) er negativt (\(Phrase.da(remaining))); budgettet er overskredet.",
                                en: "\(Phrase.quoted(remainingRow.label)) for \(year) is negative (\(Phrase.en(remaining))); the budget is overspent.")))
                }
            }
        }
        return findings
    }

    private func overspent(total: Kroner, frame: Kroner, year: Int, at location: SourceLocation, inPlan: Bool) -> Finding {
        let over = total.subtracting(frame) ?? total
        let subject = inPlan ? ("Planens aktiviteter", "The plan's activities") : ("I alt", "The total")
        return Finding(
            rule: .budgetOverspent, location: location, expected: Phrase.figure(frame), found: Phrase.figure(total),
            message: LocalizedText(
                da: "\(subject.0) for \(year) udgør \(Phrase.da(total)), \(Phrase.da(over)) over den årlige ramme på \(Phrase.da(frame)).",
                en: "\(subject.1) for \(year) come to \(Phrase.en(total)), \(Phrase.en(over)) over the annual frame of \(Phrase.en(frame))."))
    }
}
