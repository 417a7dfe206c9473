/// One activity's row in an area table or in the overview: its focus area (when the
/// sheet gives one), its name, an id (when the sheet has an id column) and its amounts
/// per year.
public struct ActivityRow: Hashable, Sendable {
    /// The focus area in the row's "Indsatsområde" cell; `nil` when the cell is empty or unreadable.
    public var area: Int?
    /// The area cell's text as shown, e.g. `"1"` or `"6"` (for messages).
    public var areaRaw: String?
    /// The area cell.
    public var areaLocation: SourceLocation?
    /// The activity's name as written.
    public var name: String
    /// An activity id such as `"1.1"` when the sheet carries one.
    public var id: String?
    /// The name cell (the row's main location).
    public var location: SourceLocation
    /// The amounts per year.
    public var amounts: [Int: ParsedAmount]

    /// Creates a row.
    public init(
        area: Int?, areaRaw: String? = nil, areaLocation: SourceLocation? = nil, name: String, id: String? = nil,
        location: SourceLocation, amounts: [Int: ParsedAmount]
    ) {
        self.area = area
        self.areaRaw = areaRaw ?? area.map(String.init)
        self.areaLocation = areaLocation
        self.name = name
        self.id = id
        self.location = location
        self.amounts = amounts
    }
}
