/// A year found in a sheet's column heading (e.g. "Finansiering 2017"), with its cell.
public struct YearHeading: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The heading cell.
    public var location: SourceLocation

    /// Creates a year heading.
    public init(year: Int, location: SourceLocation) {
        self.year = year
        self.location = location
    }
}
