import Spreadsheet

/// Which column of a table holds what (zero-based column indices).
public struct TableColumns: Hashable, Sendable {
    /// A column holding one year's amounts (or, in a crime-target table, one year's targets).
    public struct YearColumn: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The column.
        public var column: Int
        /// The header cell that names the year (for `year-out-of-period` findings).
        public var headerCell: CellAddress?
        /// The unit the column's header names, if any.
        public var unit: AmountUnit?
        /// A reduction in whole percent stated in the header ("2013 (-10 %)").
        public var reduction: Int?

        /// Creates a year column.
        public init(year: Int, column: Int, headerCell: CellAddress? = nil, unit: AmountUnit? = nil, reduction: Int? = nil) {
            self.year = year
            self.column = column
            self.headerCell = headerCell
            self.unit = unit
            self.reduction = reduction
        }
    }

    /// The focus area column.
    public var area: Int?
    /// The activity name column.
    public var activity: Int?
    /// The activity id column.
    public var id: Int?
    /// The responsible column.
    public var responsible: Int?
    /// Remarks columns (read past).
    public var remarks: [Int]
    /// The per-year amount (or target) columns, in sheet order.
    public var years: [YearColumn]
    /// Long layout: the year column.
    public var year: Int?
    /// Long layout: the amount column.
    public var amount: Int?
    /// Long layout: the unit the amount column's header names.
    public var amountUnit: AmountUnit?
    /// Crime targets: the offence column.
    public var offence: Int?
    /// Crime targets: the baseline column.
    public var baseline: Int?
    /// Crime targets: the baseline's year ("Basis 2012").
    public var baselineYear: Int?
    /// Columns that describe a row without being read (a ledger's account, voucher,
    /// posting text, date, a second name column such as "Projekt"): they hold labels,
    /// not figures.
    public var descriptive: [Int] = []

    /// Creates a column map.
    public init(
        area: Int? = nil, activity: Int? = nil, id: Int? = nil, responsible: Int? = nil, remarks: [Int] = [],
        years: [YearColumn] = [], year: Int? = nil, amount: Int? = nil, amountUnit: AmountUnit? = nil,
        offence: Int? = nil, baseline: Int? = nil, baselineYear: Int? = nil
    ) {
        self.area = area
        self.activity = activity
        self.id = id
        self.responsible = responsible
        self.remarks = remarks
        self.years = years
        self.year = year
        self.amount = amount
        self.amountUnit = amountUnit
        self.offence = offence
        self.baseline = baseline
        self.baselineYear = baselineYear
    }

    /// The columns that hold amounts (year columns, or the long layout's amount column).
    var amountColumns: [Int] { years.map(\.column) + (amount.map { [$0] } ?? []) }

    /// The columns that may hold a row's label ("I alt"): every column left of the first
    /// amount column, plus the area, activity and id columns.
    func labelColumns() -> [Int] {
        var columns = [area, activity, id, offence].compactMap { $0 }
        let first = amountColumns.min() ?? Int.max
        for column in 0..<min(first, 64) where !columns.contains(column) { columns.append(column) }
        return columns.sorted()
    }
}
