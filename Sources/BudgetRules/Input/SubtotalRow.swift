/// A subtotal row of a table ("I alt indsatsområde 1", "Subtotal", "Delsum") with the
/// activity rows it sums: those since the previous subtotal. A second grand total (one
/// above the activities and one below) is given the same way, over all the rows.
public struct SubtotalRow: Hashable, Sendable {
    /// The subtotal row: its label, cell and amounts per year.
    public var total: TotalRow
    /// The activity rows it sums.
    public var rows: [ActivityRow]

    /// Creates a subtotal.
    public init(total: TotalRow, rows: [ActivityRow]) {
        self.total = total
        self.rows = rows
    }
}
