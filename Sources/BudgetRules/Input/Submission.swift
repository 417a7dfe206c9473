/// What the mapping layer read from one submitted file: its area tables, overview
/// tables, crime-target tables and the years in its column headings, every value with
/// its location. The budget rules check a submission without touching the file.
public struct Submission: Hashable, Sendable {
    /// The file's path as the user gave it (findings are grouped by it).
    public var file: String
    /// The focus areas' funding tables.
    public var areaTables: [AreaTable]
    /// The overview tables (normally one).
    public var overviewTables: [OverviewTable]
    /// The crime-target tables.
    public var crimeTables: [CrimeTargetTable]
    /// The years found in column headings, for `year-out-of-period`.
    public var years: [YearHeading]
    /// Subtotal rows with the rows they sum (rule 3).
    public var subtotals: [SubtotalRow] = []

    /// Creates a submission.
    public init(
        file: String, areaTables: [AreaTable] = [], overviewTables: [OverviewTable] = [],
        crimeTables: [CrimeTargetTable] = [], years: [YearHeading] = [], subtotals: [SubtotalRow] = []
    ) {
        self.subtotals = subtotals
        self.file = file
        self.areaTables = areaTables
        self.overviewTables = overviewTables
        self.crimeTables = crimeTables
        self.years = years
    }
}
