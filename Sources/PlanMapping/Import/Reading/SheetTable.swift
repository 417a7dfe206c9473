import BudgetRules
import Spreadsheet

/// A table read from a sheet: what was detected, and its rows with every value and cell.
public struct SheetTable: Hashable, Sendable {
    /// The table's description (kind, columns, unit, title).
    public var table: DetectedTable
    /// The table's place: its title cell, or its header's first cell.
    public var location: SourceLocation
    /// The activity rows (overview, area and long tables), in sheet order. A long table
    /// has one row per activity: its years gathered from the rows that name it.
    public var rows: [SheetActivityRow]
    /// The "I alt" row.
    public var total: TotalRow?
    /// The "Resterende beløb pr. år" row.
    public var remaining: TotalRow?
    /// The offences' rows of a crime-target table.
    public var crimeRows: [CrimeTargetRow]
    /// The years named in the column headings.
    public var yearHeadings: [YearHeading]
    /// What became of every figure inside the table: used, set aside, not understood.
    public var coverage = Coverage()
    /// The subtotal rows with the activity rows each sums (checked by rule 3).
    public var subtotals: [SubtotalRow] = []
    /// What detection could not settle about the table's layout, at its cell.
    public var problems: [ImportProblem] = []

    /// Creates a table.
    public init(
        table: DetectedTable, location: SourceLocation, rows: [SheetActivityRow] = [], total: TotalRow? = nil,
        remaining: TotalRow? = nil, crimeRows: [CrimeTargetRow] = [], yearHeadings: [YearHeading] = []
    ) {
        self.table = table
        self.location = location
        self.rows = rows
        self.total = total
        self.remaining = remaining
        self.crimeRows = crimeRows
        self.yearHeadings = yearHeadings
    }

    /// The table as the budget rules' area tables: itself for an area table, one per focus
    /// area for a long table, none otherwise.
    public var areaTables: [AreaTable] {
        switch table.kind {
        case .area:
            return [AreaTable(area: table.area, title: table.title, location: location, rows: rows.map(\.row), total: total)]
        case .long:
            var order: [Int?] = []
            var byArea: [Int?: [ActivityRow]] = [:]
            for item in rows {
                if byArea[item.row.area] == nil { order.append(item.row.area) }
                byArea[item.row.area, default: []].append(item.row)
            }
            return order.map { area in
                AreaTable(area: area, title: table.title, location: location, rows: byArea[area] ?? [])
            }
        case .overview, .crimeTargets:
            return []
        }
    }

    /// The table as the budget rules' overview table, when it is one.
    public var overviewTable: OverviewTable? {
        guard table.kind == .overview else { return nil }
        return OverviewTable(location: location, rows: rows.map(\.row), total: total, remaining: remaining)
    }

    /// The table as the budget rules' crime-target table, when it is one.
    public var crimeTable: CrimeTargetTable? {
        guard table.kind == .crimeTargets else { return nil }
        return CrimeTargetTable(location: location, rows: crimeRows)
    }
}
