import PlanModel

/// Rule 10: crime targets follow baseline × (1 − reduction), rounded half up in integer
/// arithmetic (154 × 75 % = 115,5 → 116), and fall year by year (each year's target is
/// below the previous year's, the first below the baseline).
///
/// On a submission the reduction comes from the sheet (the cell or its header), or else
/// from the approved plan's target for the same offence and year; without a reduction
/// only the fall is checked.
public struct CrimeTargetRule: BudgetRule {
    public let number = 10
    public let ruleIDs: [RuleID] = [.crimeTargetMismatch, .crimeTargetNotDecreasing]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for target in plan.crimeTargets {
            var previous = target.baseline
            var previousYear = target.baselineYear
            for item in target.targetsByYear {
                if let expected = CrimeTarget.expectedCount(baseline: target.baseline, reduction: item.reduction),
                    expected != item.count
                {
                    findings.append(
                        mismatch(
                            offence: target.offence, year: item.year, baseline: target.baseline, reduction: item.reduction,
                            expected: expected, found: String(item.count), at: context.planLocation))
                }
                if item.count >= previous {
                    findings.append(
                        notDecreasing(
                            offence: target.offence, year: item.year, count: item.count, previous: previous,
                            previousYear: previousYear, at: context.planLocation))
                }
                previous = item.count
                previousYear = item.year
            }
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in submission.crimeTables {
            for row in table.rows {
                let planned = context.plan?.crimeTargets.first {
                    DanishText.normalize($0.offence) == DanishText.normalize(row.offence)
                }
                var previous = row.baseline.value
                var previousYear = row.baselineYear ?? planned?.baselineYear
                for cell in row.targets.sorted(by: { $0.year < $1.year }) {
                    let reduction = cell.reduction ?? planned?.targets.first { $0.year == cell.year }?.reduction
                    if let baseline = row.baseline.value, let reduction,
                        let expected = CrimeTarget.expectedCount(baseline: baseline, reduction: reduction),
                        cell.count.value != expected
                    {
                        findings.append(
                            mismatch(
                                offence: row.offence, year: cell.year, baseline: baseline, reduction: reduction,
                                expected: expected, found: cell.count.value.map(String.init) ?? cell.count.raw,
                                at: cell.count.location))
                    }
                    guard let count = cell.count.value else { continue }
                    if let previous, count >= previous {
                        findings.append(
                            notDecreasing(
                                offence: row.offence, year: cell.year, count: count, previous: previous,
                                previousYear: previousYear, at: cell.count.location))
                    }
                    previous = count
                    previousYear = cell.year
                }
            }
        }
        return findings
    }

    private func mismatch(
        offence: String, year: Int, baseline: Int, reduction: Int, expected: Int, found: String, at location: SourceLocation
    ) -> Finding {
        Finding(
            rule: .crimeTargetMismatch, location: location, expected: String(expected), found: found,
            message: LocalizedText(
                da: "Måltallet for \(Phrase.quoted(offence)) i \(year) er \(found), men \(baseline) − \(reduction) % er \(expected) (afrundet halvt op).",
                en: "The target for \(Phrase.quoted(offence)) in \(year) is \(found), but \(baseline) − \(reduction) % is \(expected) (rounded half up)."))
    }

    private func notDecreasing(
        offence: String, year: Int, count: Int, previous: Int, previousYear: Int?, at location: SourceLocation
    ) -> Finding {
        let before = previousYear.map { (" i \($0)", " in \($0)") } ?? ("", "")
        return Finding(
            rule: .crimeTargetNotDecreasing, location: location, expected: "< \(previous)", found: String(count),
            message: LocalizedText(
                da: "Måltallet for \(Phrase.quoted(offence)) i \(year) (\(count)) falder ikke fra \(previous)\(before.0).",
                en: "The target for \(Phrase.quoted(offence)) in \(year) (\(count)) does not fall from \(previous)\(before.1)."))
    }
}
