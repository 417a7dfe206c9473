/// What a row of a table's body is, decided once when the table is detected; the reader
/// reads each row as its line says.
public enum TableRowKind: String, Hashable, Sendable, Codable {
    /// An activity's row (in a long table or a ledger: one line of an activity and year).
    case activity
    /// The table's grand total ("I alt", "Total", "Samlet resultat"), above or below the activities.
    case total
    /// A subtotal of the activities since the previous subtotal or section heading
    /// ("I alt indsatsområde 1", "Subtotal", "Delsum").
    case subtotal
    /// "Resterende beløb pr. år": what is left of the annual frame.
    case remaining
    /// A section heading naming a focus area ("Indsatsområde 2 – Kommunikation"): the
    /// activities below it, up to the next heading, belong to that area.
    case heading
    /// A row of the table that is none of these (a remark, a blank-amount label): read past.
    case note
}

/// One row of a table's body and what it is.
public struct TableLine: Hashable, Sendable {
    /// The row (zero-based index in the sheet the table was detected in).
    public var row: Int
    /// What the row is.
    public var kind: TableRowKind
    /// The focus area a heading names (and its activities inherit).
    public var area: Int?

    /// Creates a line.
    public init(row: Int, kind: TableRowKind, area: Int? = nil) {
        self.row = row
        self.kind = kind
        self.area = area
    }
}
