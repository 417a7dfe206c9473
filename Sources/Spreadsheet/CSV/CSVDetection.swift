/// What the reader decided about a file's dialect, and on what grounds.
public struct CSVDetection: Hashable, Sendable, CustomStringConvertible {
    /// Where one decision came from.
    public enum Source: String, Hashable, Sendable {
        /// Given in ``CSVReadOptions``.
        case option
        /// The file's byte-order mark.
        case byteOrderMark
        /// Excel's `sep=X` first line.
        case separatorLine
        /// Inferred from the sample.
        case sample
        /// No evidence either way: a default was used.
        case fallback
    }

    /// The dialect the reader uses.
    public var dialect: CSVDialect
    /// How the encoding was decided.
    public var encodingSource: Source
    /// How the delimiter was decided.
    public var delimiterSource: Source
    /// How the quote character was decided.
    public var quoteSource: Source
    /// How the header question was decided.
    public var headerSource: Source
    /// How the decimal separator was decided.
    public var decimalSource: Source
    /// Whether the sample held only ASCII, so the encoding (UTF-8 or Windows-1252) is settled
    /// by the first non-ASCII byte while reading; ``CSVReadSummary/dialect`` has the outcome.
    public var encodingPending: Bool
    /// How many bytes of the file the sample held (the whole file when it is small).
    public var sampleByteCount: Int
    /// What was decided without good grounds (every line read as one field while the first
    /// line looks like columns). Empty when nothing needs saying.
    public var warnings: [CSVWarning] = []

    public var description: String {
        "\(dialect) (encoding: \(encodingSource.rawValue)\(encodingPending ? ", ASCII so far" : ""), "
            + "delimiter: \(delimiterSource.rawValue), quote: \(quoteSource.rawValue), "
            + "header: \(headerSource.rawValue), decimal: \(decimalSource.rawValue))"
    }
}
