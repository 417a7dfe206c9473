import PlanModel

/// The years an export shows a column (or row) for: every year of the plan period and
/// every year an activity is funded in, in increasing order. A funded year outside the
/// period still gets its column, so that nothing the plan holds is left out.
enum ExportYears {
    /// The longest period shown year by year; a longer (absurd) period shows only its
    /// first and last year and the funded years.
    static let maximumPeriodSpan = 200

    static func years(of plan: Plan) -> [Int] {
        var years = Set<Int>()
        let period = plan.period
        if period.firstYear <= period.lastYear {
            let (span, overflow) = period.lastYear.subtractingReportingOverflow(period.firstYear)
            if !overflow && span < maximumPeriodSpan {
                years.formUnion(period.firstYear...period.lastYear)
            } else {
                years.insert(period.firstYear)
                years.insert(period.lastYear)
            }
        }
        for activity in plan.activities { years.formUnion(activity.funding.amounts.keys) }
        return years.sorted()
    }
}
