import PlanModel

/// Rule 4: the overview's "I alt" equals the sum of its rows and the sum of the area
/// tables' totals, year by year.
///
/// The comparison with the area tables is made only when every focus area in the
/// overview has an area table (a sheet with only some areas cannot be compared). An area
/// table without an "I alt" row counts with the sum of its rows; a year in which an area
/// table's "I alt" disagrees with its rows is not compared (rule 3 reports it). At most
/// one finding per total cell: the sum of the rows first, then the area totals.
public struct OverviewTotalRule: BudgetRule {
    public let number = 4
    public let ruleIDs: [RuleID] = [.overviewTotalMismatch]

    /// Creates the rule.
    public init() {}

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let tableAreas = Set(submission.areaTables.compactMap { $0.area ?? $0.rows.first?.area })
        for table in submission.overviewTables {
            guard let total = table.total else { continue }
            let overviewAreas = Set(table.rows.compactMap(\.area))
            let compareAreas = !submission.areaTables.isEmpty && overviewAreas.isSubset(of: tableAreas)
            for year in yearsIn([total.amounts] + table.rows.map(\.amounts)) where context.covers(year) {
                guard let stated = total.amounts.usable(year) else { continue }
                let location = total.amounts[year]?.location ?? total.location
                if let rows = usableSum(table.rows, year: year), rows != stated {
                    findings.append(
                        Finding(
                            rule: .overviewTotalMismatch, location: location, expected: Phrase.figure(rows),
                            found: Phrase.figure(stated),
                            message: LocalizedText(
                                da:
                                    "Oversigtens \(Phrase.quoted(total.label)) for \(year) er \(Phrase.da(stated)), men rækkerne summerer til \(Phrase.da(rows)).",
                                en:
                                    "The overview's \(Phrase.quoted(total.label)) for \(year) is \(Phrase.en(stated)), but its rows add up to \(Phrase.en(rows))."
                            )))
                } else if compareAreas, let areas = areaTotal(submission.areaTables, year: year), areas != stated {
                    findings.append(
                        Finding(
                            rule: .overviewTotalMismatch, location: location, expected: Phrase.figure(areas),
                            found: Phrase.figure(stated),
                            message: LocalizedText(
                                da:
                                    "Oversigtens \(Phrase.quoted(total.label)) for \(year) er \(Phrase.da(stated)), men områdetabellernes totaler summerer til \(Phrase.da(areas)).",
                                en:
                                    "The overview's \(Phrase.quoted(total.label)) for \(year) is \(Phrase.en(stated)), but the area tables' totals add up to \(Phrase.en(areas))."
                            )))
                }
            }
        }
        return findings
    }

    /// The sum of the area tables' totals in `year` (rows when a table has no total row);
    /// `nil` when a table's total disagrees with its rows (rule 3 reports that, and it is
    /// then unclear which figure to compare with) or cannot be read.
    func areaTotal(_ tables: [AreaTable], year: Int) -> Kroner? {
        var values: [Kroner] = []
        for table in tables {
            let rows = usableSum(table.rows, year: year)
            let value: Kroner?
            if let total = table.total {
                guard let stated = total.amounts.usable(year), rows == nil || rows == stated else { return nil }
                value = stated
            } else {
                value = rows
            }
            guard let value else { return nil }
            values.append(value)
        }
        return Kroner.sum(values)
    }
}
