import PlanModel

/// A year in which a total row states a usable amount that is not the sum of the usable
/// amounts of the rows it closes: what rule 3 (area totals, subtotals) reports.
struct SumMismatch {
    /// The year.
    var year: Int
    /// The sum of the rows.
    var sum: Kroner
    /// The amount the total row states.
    var stated: Kroner
    /// The total's cell for the year (the row's label when the year has no cell).
    var location: SourceLocation

    /// Every year (inside the period) in which `total` differs from the sum of `rows`. A year
    /// whose total or a row's amount could not be read is skipped (rule 1 reports it), and so
    /// is a year outside the plan period (rule 2 reports it).
    static func find(total: TotalRow, rows: [ActivityRow], in context: RuleContext) -> [SumMismatch] {
        yearsIn([total.amounts] + rows.map(\.amounts)).compactMap { year in
            guard context.covers(year), let sum = usableSum(rows, year: year), let stated = total.amounts.usable(year), sum != stated
            else { return nil }
            return SumMismatch(year: year, sum: sum, stated: stated, location: total.amounts[year]?.location ?? total.location)
        }
    }
}
