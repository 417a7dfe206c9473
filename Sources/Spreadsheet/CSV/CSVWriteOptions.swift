/// How ``CSVWriter`` writes a file.
///
/// Two presets cover the usual needs:
/// - ``danishExcel``: `;`, UTF-8 with a byte-order mark (so Excel reads æøå right), CR LF,
///   decimal comma: opens in Danish Excel and LibreOffice (da-DK) with the right columns and numbers.
/// - ``rfc4180``: `,`, UTF-8 without a byte-order mark, CR LF, decimal point: for English Excel
///   and for programs (Python's csv module, pandas).
///
/// Values are written as follows: integers plainly (`1490000`); other numbers in the
/// shortest form that reads back to the same double, with the decimal separator and
/// without exponent for magnitudes from 1e-7 up to below 1e21 (`0,1`, `1234,5`), else like
/// `1,5E+25` or `1E-08`; infinities and NaN as `#NUM!`; dates as `yyyy-mm-dd`, or ISO 8601
/// `yyyy-mm-ddThh:mm:ss` (with `.mmm` if needed) when they have a time of day; booleans as
/// ``trueText``/``falseText`` (`TRUE`/`FALSE` by default, which Danish Excel shows as text,
/// since it expects `SAND`/`FALSK`); errors as their text (`#DIV/0!`); text as is, behind
/// the ``formulaGuard`` when it starts like a formula.
public struct CSVWriteOptions: Hashable, Sendable {
    /// When fields are quoted.
    public enum Quoting: String, Hashable, Sendable {
        /// Only fields that need it: with the delimiter, a quote, CR or LF, or guarded text.
        case minimal
        /// Every field, empty ones included.
        case all
    }

    /// The field delimiter (ASCII, not `"`, CR or LF).
    public var delimiter: Unicode.Scalar
    /// When fields are quoted (the quote character is always `"`).
    public var quoting: Quoting
    /// The line ending after every row.
    public var lineEnding: CSVLineEnding
    /// Whether the file starts with the UTF-8 byte-order mark.
    public var byteOrderMark: Bool
    /// The decimal separator of numbers.
    public var decimalSeparator: CSVDecimalSeparator
    /// Whether text that starts with `=`, `+`, `-`, `@`, tab or CR is written as `'`-prefixed,
    /// quoted text so spreadsheets do not run it as a formula (see ``CSVFormulaGuard``). Default `true`.
    /// Reading such a file gives the text with the `'` unless ``CSVReadOptions/stripsFormulaGuard`` is set.
    public var formulaGuard: Bool
    /// The text of `true`.
    public var trueText: String
    /// The text of `false`.
    public var falseText: String

    public init(
        delimiter: Unicode.Scalar = ",", quoting: Quoting = .minimal, lineEnding: CSVLineEnding = .crlf,
        byteOrderMark: Bool = false, decimalSeparator: CSVDecimalSeparator = .point, formulaGuard: Bool = true,
        trueText: String = "TRUE", falseText: String = "FALSE"
    ) {
        self.delimiter = delimiter
        self.quoting = quoting
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.decimalSeparator = decimalSeparator
        self.formulaGuard = formulaGuard
        self.trueText = trueText
        self.falseText = falseText
    }

    /// Danish Excel: `;`, UTF-8 with byte-order mark, CR LF, decimal comma, formula guard on.
    public static let danishExcel = CSVWriteOptions(
        delimiter: ";", lineEnding: .crlf, byteOrderMark: true, decimalSeparator: .comma)

    /// RFC 4180: `,`, UTF-8 without byte-order mark, CR LF, decimal point, formula guard on.
    public static let rfc4180 = CSVWriteOptions(
        delimiter: ",", lineEnding: .crlf, byteOrderMark: false, decimalSeparator: .point)

    /// The dialect a reader should use for files written with these options.
    public var dialect: CSVDialect {
        CSVDialect(
            encoding: .utf8, byteOrderMark: byteOrderMark, delimiter: delimiter, quote: "\"", hasHeader: false,
            lineEnding: lineEnding, decimalSeparator: decimalSeparator, hasSeparatorLine: false)
    }

    func validate() throws(CSVError) {
        guard delimiter.isASCII, delimiter != "\"", delimiter != "\r", delimiter != "\n" else {
            throw CSVError(.invalidOption("the delimiter must be an ASCII character other than \", CR and LF"))
        }
        // A decimal separator equal to the delimiter is allowed: such numbers are quoted.
    }
}
