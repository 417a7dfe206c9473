/// A reconciled activity in a submission, for the report: the overview row and the
/// area-table row that were taken to be the same activity (either may be missing when
/// only one kind of table was found), the plan activity they resolve to, and how.
public struct ActivityMatch: Hashable, Sendable {
    /// One side of a match: the name as written and its cell.
    public struct Side: Hashable, Sendable {
        /// The name as written.
        public var name: String
        /// The name cell.
        public var location: SourceLocation

        /// Creates a side.
        public init(name: String, location: SourceLocation) {
            self.name = name
            self.location = location
        }
    }

    /// The submitted file.
    public var file: String
    /// The focus area, when known.
    public var area: Int?
    /// The overview row, when matched from the overview.
    public var overview: Side?
    /// The area-table row, when matched from an area table.
    public var areaTable: Side?
    /// The plan activity's id, when the row(s) resolve to one.
    public var planActivityID: String?
    /// How the overview row and the area-table row were matched (or, with only one side,
    /// how that row was matched to the plan).
    public var method: MatchMethod
    /// How sure the matcher is, 0...1.
    public var confidence: Double

    /// Creates a match.
    public init(
        file: String, area: Int?, overview: Side?, areaTable: Side?, planActivityID: String?,
        method: MatchMethod, confidence: Double
    ) {
        self.file = file
        self.area = area
        self.overview = overview
        self.areaTable = areaTable
        self.planActivityID = planActivityID
        self.method = method
        self.confidence = confidence
    }
}
