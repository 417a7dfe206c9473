/// A CSV file that cannot be read or written, with where it happened.
///
/// `description` is an English sentence and ``danishDescription`` a Danish one, e.g.
/// "budget.csv, line 7, column 12: the quoted field that opens here is never closed."
/// Lines and columns count from 1; the column counts characters in the line.
public struct CSVError: Error, Hashable, Sendable, BilingualMessage {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The file ends inside a quoted field; the location is the opening quote.
        case unterminatedQuote
        /// A record is longer than ``CSVReadOptions/maxRecordBytes``. When `insideQuotes`, the
        /// location is the opening quote of the field that never closes; otherwise the start of the line.
        case recordTooLarge(limit: Int, insideQuotes: Bool)
        /// A record has more fields than ``CSVReadOptions/maxFieldsPerRecord``.
        case tooManyFields(limit: Int)
        /// Bytes that are not UTF-8 in a file read as UTF-8 (from its byte-order mark, an
        /// option, or UTF-8 seen earlier in the file).
        case invalidUTF8
        /// An option that cannot work (for example a delimiter that is not ASCII).
        case invalidOption(String)
        /// Rows given to the writer out of order (a row index below one already written).
        case rowOutOfOrder(index: Int, after: Int)
        /// The file is not text at all but a binary format another reader is for; the
        /// location is the start of the file.
        case notText(CSVBinaryFormat)
        /// The file system refused.
        case io(FileIOError)
    }

    /// What went wrong.
    public var kind: Kind
    /// The file, when reading or writing one.
    public var file: String?
    /// The line (from 1), when known.
    public var line: Int?
    /// The column (from 1, in characters), when known.
    public var column: Int?
    /// The cell the error is about (row = record index, column = field index, both from 0),
    /// when the record and the field are known.
    public var cell: CellAddress?

    /// Creates an error with the location that is known.
    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil, cell: CellAddress? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// Where the error happened: file, line, column and cell, in the message's language.
    private func place(english en: Bool) -> String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append((en ? "line " : "linje ") + String(line)) }
        if let column { parts.append((en ? "column " : "kolonne ") + String(column)) }
        if let cell { parts.append((en ? "cell " : "celle ") + cell.a1) }
        return parts.isEmpty ? "" : parts.joined(separator: ", ") + ": "
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// The sentence in English or Danish: where, then what.
    public func render(english en: Bool) -> String {
        let what: String
        switch kind {
        case .unterminatedQuote:
            what =
                en
                ? "the quoted field that opens here is never closed; the file ends inside it."
                : "feltet i anførselstegn, der begynder her, bliver aldrig afsluttet; filen slutter inde i det."
        case .recordTooLarge(let limit, true):
            what =
                en
                ? "the quoted field that opens here runs on for more than \(CSVError.size(limit)) without a closing quote; "
                    + "the quote is probably never closed."
                : "feltet i anførselstegn, der begynder her, fortsætter i mere end \(CSVError.size(limit)) "
                    + "uden afsluttende anførselstegn; det bliver nok aldrig afsluttet."
        case .recordTooLarge(let limit, false):
            what =
                en
                ? "the row is longer than the limit of \(CSVError.size(limit))."
                : "rækken er længere end grænsen på \(CSVError.size(limit))."
        case .tooManyFields(let limit):
            what = en ? "the row has more than \(limit) fields." : "rækken har mere end \(limit) felter."
        case .invalidUTF8:
            what =
                en
                ? "these bytes are not UTF-8, although the file was read as UTF-8; "
                    + "the file mixes encodings (read it with the Windows-1252 encoding option if that is what it is)."
                : "disse bytes er ikke UTF-8, selv om filen læses som UTF-8; filen blander tegnsæt "
                    + "(læs den med tegnsættet Windows-1252, hvis det er det, den er skrevet i)."
        case .invalidOption(let text):
            what = en ? "invalid option: \(text)." : "ugyldigt valg: \(text)."
        case .rowOutOfOrder(let index, let after):
            what =
                en
                ? "row \(index + 1) comes after row \(after + 1); rows must be written in order."
                : "række \(index + 1) kommer efter række \(after + 1); rækker skal skrives i rækkefølge."
        case .notText(let format):
            let explanation = format.explanation
            what =
                en
                ? "this is not CSV text but \(explanation.englishName); \(explanation.englishAdvice)."
                : "dette er ikke CSV-tekst, men \(explanation.danishName); \(explanation.danishAdvice)."
        case .io(let error):
            return en ? error.description : error.danishDescription
        }
        return place(english: en) + what
    }
}
