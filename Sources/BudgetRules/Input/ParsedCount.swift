/// A count (of police reports) as read from one cell: the number when one could be read,
/// the raw text and the cell.
public struct ParsedCount: Hashable, Sendable {
    /// The count, or `nil` when none could be read.
    public var value: Int?
    /// The cell's text as shown, e.g. `"139 (-10 %)"`.
    public var raw: String
    /// The cell.
    public var location: SourceLocation

    /// Creates a parsed count.
    public init(value: Int?, raw: String? = nil, location: SourceLocation) {
        self.value = value
        self.raw = raw ?? value.map(String.init) ?? ""
        self.location = location
    }
}
