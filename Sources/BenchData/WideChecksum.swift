/// What a reader of the wide sheet counts: the harness's checksum contract.
public struct WideChecksum: Hashable, Sendable {
    /// Non-empty cells, header included.
    public var nonempty: Int
    /// Numbers (not dates, not booleans).
    public var numeric: Int
    /// The exact sum of the numbers in hundredths (every number of the sheet has at most two decimals).
    public var cents: Int64
    /// Date cells.
    public var dates: Int
    /// Boolean cells.
    public var booleans: Int
}
