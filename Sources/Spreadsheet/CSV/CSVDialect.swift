/// How a CSV file is written: encoding, delimiter, quoting, header, line ends and decimals.
///
/// The reader detects a dialect from a sample of the file (see ``CSVReadOptions`` to
/// override any part of it) and reports the dialect it used in ``CSVReader/dialect`` and,
/// with the encoding as finally decided, in ``CSVReadSummary/dialect``.
public struct CSVDialect: Hashable, Sendable, CustomStringConvertible {
    /// The character encoding.
    public var encoding: CSVEncoding
    /// Whether the file starts with a byte-order mark.
    public var byteOrderMark: Bool
    /// The field delimiter, an ASCII character: `,` `;` tab or `|` are detected; any ASCII can be forced.
    public var delimiter: Unicode.Scalar
    /// The quote character (`"` or `'`), or `nil` when quotes are ordinary characters.
    public var quote: Unicode.Scalar?
    /// Whether the first row holds column names.
    public var hasHeader: Bool
    /// The line ending the file uses (the most frequent one).
    public var lineEnding: CSVLineEnding
    /// The decimal separator numbers use, for typing fields as numbers.
    public var decimalSeparator: CSVDecimalSeparator
    /// Whether the file starts with Excel's `sep=X` line (which is not data and not a row).
    public var hasSeparatorLine: Bool

    public init(
        encoding: CSVEncoding = .utf8, byteOrderMark: Bool = false, delimiter: Unicode.Scalar = ",",
        quote: Unicode.Scalar? = "\"", hasHeader: Bool = false, lineEnding: CSVLineEnding = .crlf,
        decimalSeparator: CSVDecimalSeparator = .point, hasSeparatorLine: Bool = false
    ) {
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.delimiter = delimiter
        self.quote = quote
        self.hasHeader = hasHeader
        self.lineEnding = lineEnding
        self.decimalSeparator = decimalSeparator
        self.hasSeparatorLine = hasSeparatorLine
    }

    /// The encoding's name as used in dumps: `utf-8`, `utf-8-sig`, `utf-16-le`, `utf-16-be` or `windows-1252`.
    public var encodingName: String { encoding.name(byteOrderMark: byteOrderMark) }

    public var description: String {
        func show(_ scalar: Unicode.Scalar?) -> String {
            guard let scalar else { return "none" }
            switch scalar {
            case "\t": return "tab"
            default: return "'\(scalar)'"
            }
        }
        return "encoding \(encodingName), delimiter \(show(delimiter)), quote \(show(quote)), "
            + "header \(hasHeader ? "yes" : "no"), line ending \(lineEnding.rawValue), "
            + "decimal \(decimalSeparator.rawValue)" + (hasSeparatorLine ? ", sep= line" : "")
    }

    var delimiterByte: UInt8 { UInt8(truncatingIfNeeded: delimiter.value) }
    var quoteByte: UInt8? { quote.map { UInt8(truncatingIfNeeded: $0.value) } }
}
