/// A summing row of a table: "I alt" (total) or "Resterende beløb pr. år" (remaining).
public struct TotalRow: Hashable, Sendable {
    /// The label as written, e.g. `"I alt"`.
    public var label: String
    /// The label cell.
    public var location: SourceLocation
    /// The amounts per year.
    public var amounts: [Int: ParsedAmount]

    /// Creates a total row.
    public init(label: String, location: SourceLocation, amounts: [Int: ParsedAmount]) {
        self.label = label
        self.location = location
        self.amounts = amounts
    }
}
