import PlanModel

/// Rule 1: amounts are whole, non-negative kroner. A text amount that was read but is
/// sloppy or ambiguous gives `amount-format` (warning); an amount that could not be read,
/// or is negative or fractional, gives `amount-invalid`.
///
/// A remaining amount ("Resterende beløb pr. år") below zero is left to rule 6. Tables
/// without a single amount give `submission-empty` (warning).
public struct AmountRule: BudgetRule {
    public let number = 1
    public let ruleIDs: [RuleID] = [.amountFormat, .amountInvalid, .submissionEmpty]

    /// Creates the rule.
    public init() {}

    public func check(plan: Plan, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let location = context.planLocation
        if plan.annualFrame.isNegative {
            findings.append(
                Finding(
                    rule: .amountInvalid, location: location, found: Phrase.figure(plan.annualFrame),
                    message: LocalizedText(
                        da: "Den årlige ramme er negativ (\(Phrase.da(plan.annualFrame))).",
                        en: "The annual frame is negative (\(Phrase.en(plan.annualFrame))).")))
        }
        for activity in plan.activities {
            for year in activity.funding.years where activity.funding[year].isNegative {
                let amount = activity.funding[year]
                findings.append(
                    Finding(
                        rule: .amountInvalid, location: location, activity: activity.id, found: Phrase.figure(amount),
                        message: LocalizedText(
                            da: "Aktivitet \(activity.id) \(Phrase.quoted(activity.name)) har et negativt beløb for \(year): \(Phrase.da(amount)).",
                            en: "Activity \(activity.id) \(Phrase.quoted(activity.name)) has a negative amount for \(year): \(Phrase.en(amount)).")))
            }
            if let co = activity.coFinancing {
                let parts =
                    [("samlet udgift", "total cost", co.totalCost), ("egenandel", "own share", co.ownShare)]
                    + co.externalShares.map { ("andel fra \($0.source)", "share from \($0.source)", $0.amount) }
                for (da, en, amount) in parts where amount.isNegative {
                    findings.append(
                        Finding(
                            rule: .amountInvalid, location: location, activity: activity.id, found: Phrase.figure(amount),
                            message: LocalizedText(
                                da: "Medfinansieringen af aktivitet \(activity.id) har en negativ \(da): \(Phrase.da(amount)).",
                                en: "The co-financing of activity \(activity.id) has a negative \(en): \(Phrase.en(amount)).")))
                }
            }
        }
        return findings
    }

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = EmptySubmission.finding(submission).map { [$0] } ?? []
        func visit(_ amounts: [Int: ParsedAmount], activity: String?, allowNegative: Bool = false) {
            for year in amounts.keys.sorted() {
                if let finding = check(amounts[year]!, year: year, activity: activity, allowNegative: allowNegative) {
                    findings.append(finding)
                }
            }
        }
        for table in submission.areaTables {
            for row in table.rows { visit(row.amounts, activity: row.name) }
            if let total = table.total { visit(total.amounts, activity: nil) }
        }
        for table in submission.overviewTables {
            for row in table.rows { visit(row.amounts, activity: row.name) }
            if let total = table.total { visit(total.amounts, activity: nil) }
            if let remaining = table.remaining { visit(remaining.amounts, activity: nil, allowNegative: true) }
        }
        for subtotal in submission.subtotals { visit(subtotal.total.amounts, activity: nil) }
        return findings
    }

    func check(_ amount: ParsedAmount, year: Int, activity: String?, allowNegative: Bool) -> Finding? {
        let raw = Phrase.quoted(amount.raw)
        if case .invalid(let reason) = amount.quality {
            return Finding(
                rule: .amountInvalid, location: amount.location, activity: activity, found: amount.raw,
                message: LocalizedText(
                    da: "Beløbet \(raw) for \(year) kan ikke læses som hele kroner: \(reason.da)",
                    en: "The amount \(raw) for \(year) cannot be read as whole kroner: \(reason.en)"))
        }
        guard let value = amount.value else {
            return Finding(
                rule: .amountInvalid, location: amount.location, activity: activity, found: amount.raw,
                message: LocalizedText(
                    da: "Beløbet \(raw) for \(year) kan ikke læses som hele kroner.",
                    en: "The amount \(raw) for \(year) cannot be read as whole kroner."))
        }
        if value.isNegative, !allowNegative {
            return Finding(
                rule: .amountInvalid, location: amount.location, activity: activity, found: amount.raw,
                message: LocalizedText(
                    da: "Beløbet for \(year) er negativt (\(Phrase.da(value))); beløb skal være hele kroner på 0 eller derover.",
                    en: "The amount for \(year) is negative (\(Phrase.en(value))); amounts must be whole kroner of 0 or more."))
        }
        switch amount.quality {
        case .sloppy(let reason), .ambiguous(let reason):
            let kind = amount.quality.isAmbiguous ? ("tvetydigt", "ambiguous") : ("sjusket skrevet", "written sloppily")
            return Finding(
                rule: .amountFormat, location: amount.location, activity: activity, expected: Phrase.figure(value),
                found: amount.raw,
                message: LocalizedText(
                    da: "Beløbet \(raw) for \(year) er \(kind.0) og er læst som \(Phrase.da(value)): \(reason.da)",
                    en: "The amount \(raw) for \(year) is \(kind.1) and was read as \(Phrase.en(value)): \(reason.en)"))
        case .clean, .invalid:
            return nil
        }
    }
}

extension AmountQuality {
    var isAmbiguous: Bool {
        if case .ambiguous = self { return true }
        return false
    }
}
