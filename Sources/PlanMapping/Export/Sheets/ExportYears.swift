import PlanModel

/// The years an export shows a column (or row) for: every year of the plan period and
/// every year an activity is funded in, in increasing order. A funded year outside the
/// period still gets its column, so that nothing the plan holds is left out. An
/// implausible period (``PlanModel/PlanPeriod/isPlausible``) shows only its first and last year.
enum ExportYears {
    static func years(of plan: Plan) -> [Int] {
        var years = Set<Int>()
        let period = plan.period
        // An implausible period (a typing error) shows only its first and last year.
        if period.isPlausible {
            years.formUnion(period.years)
        } else if period.firstYear <= period.lastYear {
            years.insert(period.firstYear)
            years.insert(period.lastYear)
        }
        for activity in plan.activities { years.formUnion(activity.funding.amounts.keys) }
        return years.sorted()
    }
}
