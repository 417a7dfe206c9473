/// What a row of an exported sheet holds, so that code and tests can find rows by
/// meaning ("the total row") instead of by position.
public enum ExportRowKind: Hashable, Sendable {
    /// The sheet's title.
    case title
    /// A line under the title.
    case subtitle
    /// A remark.
    case note
    /// An empty row.
    case blank
    /// The column headings.
    case header
    /// One activity (by id).
    case activity(id: String)
    /// The annual frame ("Årlig ramme").
    case frame
    /// A total row ("I alt").
    case total
    /// The remaining amount per year ("Resterende beløb pr. år").
    case remaining
    /// A row of another table (crime targets, area totals, one activity-year…).
    case data
}
