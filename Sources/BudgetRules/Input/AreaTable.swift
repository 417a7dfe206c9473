/// One focus area's funding table ("Aktiviteter under indsatsområde N – økonomisk
/// ramme"): its activities' rows and its "I alt" row.
public struct AreaTable: Hashable, Sendable {
    /// The focus area the table is for (from its title or its rows); `nil` when unknown.
    public var area: Int?
    /// The title as written, when there is one.
    public var title: String?
    /// The title cell, or the table's top-left cell.
    public var location: SourceLocation
    /// The activities' rows in sheet order.
    public var rows: [ActivityRow]
    /// The "I alt" row, when the table has one.
    public var total: TotalRow?

    /// Creates an area table.
    public init(area: Int?, title: String? = nil, location: SourceLocation, rows: [ActivityRow], total: TotalRow? = nil) {
        self.area = area
        self.title = title
        self.location = location
        self.rows = rows
        self.total = total
    }
}
