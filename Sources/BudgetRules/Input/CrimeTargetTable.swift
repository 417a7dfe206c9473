/// A table of crime targets (Gerningstype, Baseline, Måltal per year).
public struct CrimeTargetTable: Hashable, Sendable {
    /// The table's title cell or top-left cell.
    public var location: SourceLocation
    /// One row per offence.
    public var rows: [CrimeTargetRow]

    /// Creates a crime-target table.
    public init(location: SourceLocation, rows: [CrimeTargetRow]) {
        self.location = location
        self.rows = rows
    }
}

/// One offence's row of a crime-target table.
public struct CrimeTargetRow: Hashable, Sendable {
    /// The offence as written, e.g. `"Indbrud"`.
    public var offence: String
    /// The offence cell.
    public var location: SourceLocation
    /// The baseline year (from the header, e.g. "Baseline (2012)"), when known.
    public var baselineYear: Int?
    /// The baseline count.
    public var baseline: ParsedCount
    /// The targets per year, in any order.
    public var targets: [CrimeTargetCell]

    /// Creates a row.
    public init(offence: String, location: SourceLocation, baselineYear: Int? = nil, baseline: ParsedCount, targets: [CrimeTargetCell]) {
        self.offence = offence
        self.location = location
        self.baselineYear = baselineYear
        self.baseline = baseline
        self.targets = targets
    }
}

/// One year's target of an offence: the count, and the reduction in whole percent when
/// the sheet states it (in the cell, "139 (-10 %)", or in the header).
public struct CrimeTargetCell: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The target count and its cell.
    public var count: ParsedCount
    /// The reduction from the baseline in whole percent (10 for "-10 %"), when stated.
    public var reduction: Int?

    /// Creates a target cell.
    public init(year: Int, count: ParsedCount, reduction: Int? = nil) {
        self.year = year
        self.count = count
        self.reduction = reduction
    }
}
