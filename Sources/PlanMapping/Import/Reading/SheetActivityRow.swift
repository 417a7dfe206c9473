import BudgetRules

/// One activity's row as read from a partner's table: the row the budget rules check,
/// plus what only import needs (who is responsible).
public struct SheetActivityRow: Hashable, Sendable {
    /// The row: area, name, id, amounts per year, each with its cell.
    public var row: ActivityRow
    /// The responsible column's text, when the table has one.
    public var responsible: String?
    /// A ledger's posting lines summed into each year's amount, by year (empty for other tables).
    public var postings: [Int: [ParsedAmount]] = [:]

    /// Creates a row.
    public init(row: ActivityRow, responsible: String? = nil) {
        self.row = row
        self.responsible = responsible
    }
}
