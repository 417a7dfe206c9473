/// Choices for reading a CSV file. Every part of the dialect the reader detects can be forced here.
///
/// ```swift
/// var options = CSVReadOptions()
/// options.delimiter = ";"          // do not sniff the delimiter
/// options.typeNumbers = true       // "1490000" -> .integer, "12,5" -> .number (decimal comma)
/// let grid = try CSVReader(path: "budget.csv", options: options).readGrid()
/// ```
public struct CSVReadOptions: Hashable, Sendable {
    /// How the quote character is chosen.
    public enum QuoteChoice: Hashable, Sendable {
        /// Detect `"` or `'` from the sample (`"` unless the file clearly quotes with `'`).
        case detect
        /// Use this quote character.
        case character(Unicode.Scalar)
        /// No quoting: quote characters are ordinary text.
        case none
    }

    /// The encoding, or `nil` to detect it (byte-order mark, UTF-16 without mark, UTF-8, else Windows-1252).
    public var encoding: CSVEncoding?
    /// The delimiter (an ASCII character), or `nil` to detect `,` `;` tab or `|` (or use a `sep=` line).
    public var delimiter: Unicode.Scalar?
    /// The quote character.
    public var quote: QuoteChoice = .detect
    /// Whether the first row is a header, or `nil` to guess from the sample.
    public var hasHeader: Bool?
    /// The decimal separator for ``typeNumbers``, or `nil` to detect it (a comma when the
    /// sample's numbers use one, or when there is no evidence and the delimiter is not a comma).
    public var decimalSeparator: CSVDecimalSeparator?
    /// Whether a first line `sep=X` (written by Excel) sets the delimiter and is skipped. Default `true`.
    public var recognizesSeparatorLine: Bool = true

    /// Whether fields are typed: integers become ``CellValue/integer(_:)``, decimals
    /// ``CellValue/number(_:)`` (with the dialect's decimal separator); everything else, and
    /// the header row, stays text. Default `false`: every field is ``CellValue/string(_:)``.
    /// See ``CSVFieldTyping`` for the exact rules.
    public var typeNumbers: Bool = false
    /// Whether to remove the apostrophe that ``CSVWriteOptions/formulaGuard`` puts in front of
    /// text such as `=SUM(A1)`: a field that is one or more `'` followed by `=`, `+`, `-`, `@`,
    /// tab or CR loses its first `'`. Default `false` (fields read exactly as in the file).
    public var stripsFormulaGuard: Bool = false

    /// The largest record (one row, which may span several lines when quoted fields hold
    /// line breaks) the reader accepts, in bytes. Memory use is bounded by this plus one chunk.
    /// Default 64 MiB.
    public var maxRecordBytes: Int = 64 << 20
    /// The most fields one record may have. Default 1,000,000.
    public var maxFieldsPerRecord: Int = 1_000_000
    /// How many bytes from the start of the file dialect detection looks at. Default 64 KiB.
    /// When they do not hold the first two lines (a header of thousands of columns), the
    /// sample grows until it does, up to ``maxSampleBytes``.
    public var sampleBytes: Int = 64 << 10
    /// The most bytes the detection sample grows to so that it holds whole lines. Default 16 MiB.
    public var maxSampleBytes: Int = 16 << 20
    /// How many bytes are read from the file at a time. Default 64 KiB.
    public var chunkBytes: Int = 64 << 10

    public init() {}

    /// Options that force a complete dialect (nothing is detected).
    public init(dialect: CSVDialect) {
        self.encoding = dialect.encoding
        self.delimiter = dialect.delimiter
        self.quote = dialect.quote.map { .character($0) } ?? .none
        self.hasHeader = dialect.hasHeader
        self.decimalSeparator = dialect.decimalSeparator
        self.recognizesSeparatorLine = dialect.hasSeparatorLine
    }
}
