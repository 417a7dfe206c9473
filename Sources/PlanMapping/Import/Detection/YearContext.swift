import PlanModel

/// Which years a sheet's headers can plausibly name, and in which century a two-digit
/// year ("B13", "FY13") lies. Nothing here knows a year by heart: the evidence is the
/// plan period the files are read for (`--plan`), else the four-digit years the sheet
/// itself writes in its headers and titles.
struct YearContext: Hashable, Sendable {
    /// How far from the reference year a four-digit number is still read as a year.
    static let window = 50

    /// The year that plausible years lie around, and where it came from; `nil` when
    /// neither a plan nor the sheet names a year.
    var reference: Int?
    /// The plan period, when the files are read for a plan.
    var period: PlanPeriod?

    /// The context of a plan period (its middle year is the reference).
    init(period: PlanPeriod?) {
        self.period = period
        reference = period.map { ($0.firstYear + $0.lastYear) / 2 }
    }

    /// The context of a sheet read for `period`: the plan's years when there is a plan,
    /// else the middle of the four-digit years the sheet writes in its first rows.
    init(period: PlanPeriod?, sheetYears: [Int]) {
        self.init(period: period)
        if reference == nil, !sheetYears.isEmpty {
            let sorted = sheetYears.sorted()
            reference = sorted[sorted.count / 2]
        }
    }

    /// Whether a four-digit number reads as a year here.
    func isPlausible(_ year: Int) -> Bool {
        guard let reference else { return LabelText.yearRange.contains(year) }
        return abs(year - reference) <= Self.window
    }

    /// The four-digit year a two-digit year (0–99) stands for: the one nearest the
    /// reference; `nil` when there is no reference to place it by.
    func expand(twoDigit value: Int) -> Int? {
        guard let reference, (0...99).contains(value) else { return nil }
        let century = reference - reference % 100
        let candidates = [century - 100 + value, century + value, century + 100 + value]
        return candidates.min { abs($0 - reference) < abs($1 - reference) }
    }
}
