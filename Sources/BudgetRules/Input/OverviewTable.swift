/// The overview of all activities (section 10 of the plan): one row per activity with
/// its focus area, the "I alt" row and the "Resterende beløb pr. år" row.
public struct OverviewTable: Hashable, Sendable {
    /// The table's title cell or top-left cell.
    public var location: SourceLocation
    /// The activities' rows in sheet order.
    public var rows: [ActivityRow]
    /// The "I alt" row, when there is one.
    public var total: TotalRow?
    /// The "Resterende beløb pr. år" row, when there is one.
    public var remaining: TotalRow?

    /// Creates an overview table.
    public init(location: SourceLocation, rows: [ActivityRow], total: TotalRow? = nil, remaining: TotalRow? = nil) {
        self.location = location
        self.rows = rows
        self.total = total
        self.remaining = remaining
    }
}
