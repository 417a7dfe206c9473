import PlanModel

/// Rule 9: co-financing shares meet their minimum, and own + external shares = total cost.
///
/// For each activity of a plan with a co-financing: the own share plus the external
/// shares equals the total cost; the own share is at least the minimum fraction of the
/// total cost (exact integer comparison: 340.000 of 1.000.000 meets 1/3); and the
/// activity's funding over the years equals its own share (the partnership funds
/// exactly its share).
public struct CoFinancingRule: BudgetRule {
    public let number = 9
    public let ruleIDs: [RuleID] = [.cofinancingShare]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for activity in plan.activities {
            guard let co = activity.coFinancing else { continue }
            let name = "\(activity.id) \(Phrase.quoted(activity.name))"
            func add(expected: Kroner, found: Kroner, da: String, en: String) {
                findings.append(
                    Finding(
                        rule: .cofinancingShare, location: context.planLocation, activity: activity.id,
                        expected: Phrase.figure(expected), found: Phrase.figure(found),
                        message: LocalizedText(da: da, en: en)))
            }
            if let financed = co.financedTotal, financed != co.totalCost {
                add(
                    expected: co.totalCost, found: financed,
                    da:
                        "Medfinansieringen af \(name) går ikke op: egenandel og eksterne andele udgør \(Phrase.da(financed)), men den samlede udgift er \(Phrase.da(co.totalCost)).",
                    en:
                        "The co-financing of \(name) does not add up: the own and external shares come to \(Phrase.en(financed)), but the total cost is \(Phrase.en(co.totalCost))."
                )
            }
            if let minimum = co.minimumOwnShare, !minimum.isMet(by: co.ownShare, of: co.totalCost) {
                let least = minimum.minimumPart(of: co.totalCost) ?? co.totalCost
                let by = co.minimumOwnShareRequiredBy.map { (" (krav fra \($0))", " (required by \($0))") } ?? ("", "")
                add(
                    expected: least, found: co.ownShare,
                    da:
                        "Egenandelen af \(name) er \(Phrase.da(co.ownShare)), under mindstekravet på \(minimum) af \(Phrase.da(co.totalCost)) = \(Phrase.da(least))\(by.0).",
                    en:
                        "The own share of \(name) is \(Phrase.en(co.ownShare)), below the minimum of \(minimum) of \(Phrase.en(co.totalCost)) = \(Phrase.en(least))\(by.1)."
                )
            }
            if let funded = activity.funding.total, funded != co.ownShare {
                add(
                    expected: co.ownShare, found: funded,
                    da: "Partnerskabets finansiering af \(name) udgør \(Phrase.da(funded)) i alt, men egenandelen er \(Phrase.da(co.ownShare)).",
                    en: "The partnership's funding of \(name) comes to \(Phrase.en(funded)) in all, but the own share is \(Phrase.en(co.ownShare)).")
            }
        }
        return findings
    }
}
