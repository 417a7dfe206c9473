import PlanModel
import Spreadsheet

/// A file that could not be read, with the reason in Danish and English.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is: the stable `kind` of the JSON report.
    public enum Kind: Hashable, Sendable {
        /// The file is not in a format the readers read (a PDF, a picture, an old .xls…).
        case format(SpreadsheetFormat)
        /// There is no file (or folder) at the path.
        case missing
        /// The file was read, but no table the rules can check was found in it.
        case noTables
        /// The reader failed (a damaged workbook, a text in no known encoding…).
        case unreadable

        /// `pdf`, `image`, `empty`, `lock-file`, `ods`, `xls`, `binary`, `missing`,
        /// `no-tables` or `unreadable`.
        public var id: String {
            switch self {
            case .format(let format): format.rawValue
            case .missing: "missing"
            case .noTables: "no-tables"
            case .unreadable: "unreadable"
            }
        }

        /// Whether the file is passed over with a note rather than counted as unreadable
        /// (an Office lock file beside a workbook).
        public var isSkipped: Bool { self == .format(.lockFile) }
    }

    /// The file's path as the user gave it.
    public var file: String
    /// Why it could not be read (a sentence without the file name).
    public var reason: LocalizedText
    /// What kind of problem it is.
    public var kind: Kind

    /// Creates an error.
    public init(file: String, reason: LocalizedText, kind: Kind = .unreadable) {
        self.file = file
        self.reason = reason
        self.kind = kind
    }

    /// The error for a file whose format the readers do not read: what it is, and what to do.
    public init(file: String, format: SpreadsheetFormat) {
        let advice = (format.advice(english: false), format.advice(english: true))
        self.init(
            file: file,
            reason: LocalizedText(
                da: "filen er \(format.name(english: false))" + (advice.0.map { "; \($0)." } ?? "."),
                en: "the file is \(format.name(english: true))" + (advice.1.map { "; \($0)." } ?? ".")),
            kind: .format(format))
    }

    /// `file: reason` in `language`.
    public func message(_ language: Language) -> String {
        "\(file): \(reason[language])"
    }

    /// The English message.
    public var description: String { message(.english) }
}
