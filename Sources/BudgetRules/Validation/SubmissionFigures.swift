import PlanModel

/// The annual frame and the period one submission is checked against, and where they came
/// from. The options (`--frame`, `--period`) come first, then the approved plan; without
/// either, the submission itself: the frame a cell states ("Årlig ramme"), else the frame
/// the overview implies (its total plus its remaining amount, which is the frame in every
/// year), and the period its year columns span. What was taken from the submission is
/// told as a finding (`frame-assumed`, `period-assumed`) at the cells it came from; a
/// frame that nothing gives is `frame-unknown`, and the checks that need it are not made.
struct SubmissionFigures {
    /// The frame to check against, if any.
    var frame: Kroner?
    /// The period to check against, if any.
    var period: PlanPeriod?
    /// What was assumed, and from where.
    var notes: [Finding] = []

    /// Resolves the figures for `submission`.
    init(submission: Submission, plan: Plan?, options: ValidationOptions) {
        period = options.resolvedPeriod(plan: plan)
        frame = options.resolvedAnnualFrame(plan: plan)
        if period == nil { resolvePeriod(submission) }
        if frame == nil { resolveFrame(submission) }
    }

    private mutating func resolvePeriod(_ submission: Submission) {
        let headings = submission.years.sorted { $0.year < $1.year }
        if let first = headings.first, let last = headings.last {
            let found = PlanPeriod(firstYear: first.year, lastYear: last.year)
            period = found
            notes.append(
                Finding(
                    rule: .periodAssumed, location: first.location, found: found.description,
                    message: LocalizedText(
                        da: "Planperioden er ikke givet (--plan eller --period); \(found) er antaget ud fra arkets årskolonner.",
                        en: "The plan period is not given (--plan or --period); \(found) is assumed from the sheet's year columns.")))
            return
        }
        var years: [Int] = []
        var first: SourceLocation?
        func visit(_ amounts: [Int: ParsedAmount]) {
            for (year, amount) in amounts {
                years.append(year)
                if first == nil { first = amount.location }
            }
        }
        for row in submission.overviewTables.flatMap(\.rows) { visit(row.amounts) }
        for row in submission.areaTables.flatMap(\.rows) { visit(row.amounts) }
        guard let low = years.min(), let high = years.max(), let first else { return }
        let found = PlanPeriod(firstYear: low, lastYear: high)
        period = found
        notes.append(
            Finding(
                rule: .periodAssumed, location: first, found: found.description,
                message: LocalizedText(
                    da: "Planperioden er ikke givet (--plan eller --period); \(found) er antaget ud fra årene med beløb.",
                    en: "The plan period is not given (--plan or --period); \(found) is assumed from the years with amounts.")))
    }

    private mutating func resolveFrame(_ submission: Submission) {
        if let stated = submission.statedFrame {
            frame = stated.amount
            notes.append(
                Finding(
                    rule: .frameAssumed, location: stated.location, found: Phrase.figure(stated.amount),
                    message: LocalizedText(
                        da:
                            "Den årlige ramme er ikke givet (--plan eller --frame); \(Phrase.da(stated.amount)) er taget fra arkets \(Phrase.quoted(stated.label)).",
                        en:
                            "The annual frame is not given (--plan or --frame); \(Phrase.en(stated.amount)) is taken from the sheet's \(Phrase.quoted(stated.label))."
                    )))
            return
        }
        guard !submission.overviewTables.isEmpty else { return }
        if let implied = Self.impliedFrame(submission.overviewTables) {
            frame = implied.frame
            notes.append(
                Finding(
                    rule: .frameAssumed, location: implied.location, found: Phrase.figure(implied.frame),
                    message: LocalizedText(
                        da:
                            "Den årlige ramme er ikke givet (--plan eller --frame) og står ikke i arket; \(Phrase.da(implied.frame)) er antaget, fordi i alt plus resterende beløb giver det i \(implied.agreeing) af \(implied.years) år.",
                        en:
                            "The annual frame is not given (--plan or --frame) nor stated in the sheet; \(Phrase.en(implied.frame)) is assumed because the total plus the remaining amount comes to it in \(implied.agreeing) of \(implied.years) years."
                    )))
            return
        }
        let location = submission.overviewTables[0].total?.location ?? submission.overviewTables[0].location
        notes.append(
            Finding(
                rule: .frameUnknown, location: location,
                message: LocalizedText(
                    da:
                        "Den årlige ramme er ikke givet (--plan eller --frame), står ikke i arket og kan ikke udledes (ingen række med resterende beløb); om budgettet er overskredet, er ikke kontrolleret.",
                    en:
                        "The annual frame is not given (--plan or --frame), not stated in the sheet and cannot be derived (no remaining-amount row); whether the budget is overspent was not checked."
                )))
    }

    /// The frame the overview tables imply: total + remaining, the value most years give
    /// (the earliest year's among equals), with the remaining row's label cell.
    static func impliedFrame(_ tables: [OverviewTable]) -> (frame: Kroner, location: SourceLocation, agreeing: Int, years: Int)? {
        var sums: [(year: Int, frame: Kroner)] = []
        var location: SourceLocation?
        for table in tables {
            guard let remainingRow = table.remaining else { continue }
            for year in yearsIn([table.total?.amounts ?? [:], remainingRow.amounts] + table.rows.map(\.amounts)) {
                let cell = table.total?.amounts[year]
                guard let total = table.rows.isEmpty ? cell?.usableValue : (usableSum(table.rows, year: year) ?? cell?.usableValue),
                    let remaining = remainingRow.amounts[year]?.readableValue,
                    let frame = Kroner.sum([total, remaining])
                else { continue }
                sums.append((year, frame))
                if location == nil { location = remainingRow.location }
            }
        }
        guard let location, !sums.isEmpty else { return nil }
        var counts: [Kroner: Int] = [:]
        for sum in sums { counts[sum.frame, default: 0] += 1 }
        let top = counts.values.max()!
        let chosen = sums.sorted { $0.year < $1.year }.first { counts[$0.frame] == top }!
        return (chosen.frame, location, top, sums.count)
    }
}
