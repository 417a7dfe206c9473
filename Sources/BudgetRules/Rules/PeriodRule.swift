import PlanModel

/// Rule 2: funding years lie inside the plan period (nothing to check without one).
///
/// On a plan: every funded year of every activity, and every crime-target year. On a
/// submission: every year in a column heading, and any amount or crime target in a year
/// outside the period whose sheet has no such heading (one finding per sheet and year).
public struct PeriodRule: BudgetRule {
    public let number = 2
    public let ruleIDs: [RuleID] = [.yearOutOfPeriod]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        guard let period = context.period else { return [] }
        var findings: [Finding] = []
        if !period.isPlausible {
            findings.append(
                Finding(
                    rule: .yearOutOfPeriod, location: context.planLocation, found: period.description,
                    message: LocalizedText(
                        da:
                            "Planperioden \(period) er ikke en planperiode: den skal løbe fremad og højst \(PlanPeriod.longestPlausibleSpan) år; ret det første eller sidste år.",
                        en:
                            "The plan period \(period) is not a plan period: it must run forwards, for at most \(PlanPeriod.longestPlausibleSpan) years; correct its first or last year."
                    )))
        }
        for activity in plan.activities {
            for year in activity.funding.years where !period.contains(year) {
                findings.append(
                    Finding(
                        rule: .yearOutOfPeriod, location: context.planLocation, activity: activity.id,
                        expected: period.description, found: String(year),
                        message: LocalizedText(
                            da: "Aktivitet \(activity.id) \(Phrase.quoted(activity.name)) er finansieret i \(year), uden for planperioden \(period).",
                            en: "Activity \(activity.id) \(Phrase.quoted(activity.name)) is funded in \(year), outside the plan period \(period).")))
            }
        }
        for target in plan.crimeTargets {
            for item in target.targetsByYear where !period.contains(item.year) {
                findings.append(
                    Finding(
                        rule: .yearOutOfPeriod, location: context.planLocation, expected: period.description,
                        found: String(item.year),
                        message: LocalizedText(
                            da: "Måltallet for \(Phrase.quoted(target.offence)) i \(item.year) ligger uden for planperioden \(period).",
                            en: "The crime target for \(Phrase.quoted(target.offence)) in \(item.year) lies outside the plan period \(period).")))
            }
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        guard let period = context.period else { return [] }
        var findings: [Finding] = []
        var reported = Set<SheetYear>()
        for heading in submission.years where !period.contains(heading.year) {
            guard reported.insert(SheetYear(sheet: heading.location.sheet, year: heading.year, cell: heading.location.cell)).inserted
            else { continue }
            findings.append(finding(year: heading.year, at: heading.location, period: period, heading: true))
        }
        let headed = Set(reported.map { SheetYear(sheet: $0.sheet, year: $0.year, cell: nil) })
        var seen = Set<SheetYear>()
        func visit(_ amounts: [Int: ParsedAmount]) {
            for year in amounts.keys.sorted() where !period.contains(year) {
                let location = amounts[year]!.location
                let key = SheetYear(sheet: location.sheet, year: year, cell: nil)
                guard !headed.contains(key), seen.insert(key).inserted else { continue }
                findings.append(finding(year: year, at: location, period: period, heading: false))
            }
        }
        for table in submission.areaTables {
            for row in table.rows { visit(row.amounts) }
            if let total = table.total { visit(total.amounts) }
        }
        for table in submission.overviewTables {
            for row in table.rows { visit(row.amounts) }
            if let total = table.total { visit(total.amounts) }
            if let remaining = table.remaining { visit(remaining.amounts) }
        }
        for table in submission.crimeTables {
            for row in table.rows {
                for cell in row.targets where !period.contains(cell.year) {
                    let key = SheetYear(sheet: cell.count.location.sheet, year: cell.year, cell: nil)
                    guard !headed.contains(key), seen.insert(key).inserted else { continue }
                    findings.append(finding(year: cell.year, at: cell.count.location, period: period, heading: false))
                }
            }
        }
        return findings
    }

    private struct SheetYear: Hashable {
        var sheet: String?
        var year: Int
        var cell: String?
    }

    private func finding(year: Int, at location: SourceLocation, period: PlanPeriod, heading: Bool) -> Finding {
        Finding(
            rule: .yearOutOfPeriod, location: location, expected: period.description, found: String(year),
            message: heading
                ? LocalizedText(
                    da: "Kolonnen for \(year) ligger uden for planperioden \(period).",
                    en: "The column for \(year) lies outside the plan period \(period).")
                : LocalizedText(
                    da: "Der er tal for \(year), uden for planperioden \(period).",
                    en: "There are figures for \(year), outside the plan period \(period)."))
    }
}
