import PlanModel
import Spreadsheet

/// Why an export could not be written, and where.
///
/// ```
/// Could not write overview.xlsx (sheet Oversigt, cell B4): a text is longer than 32,767 characters.
/// ```
public struct ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The file name's extension is not `.xlsx` or `.csv`.
        case unknownFormat(String)
        /// The spreadsheet writer failed; the texts are its sentences in Danish and English.
        case writeFailed(LocalizedText)
    }

    /// What went wrong.
    public var kind: Kind
    /// The file being written.
    public var file: String
    /// The sheet, when known.
    public var sheet: String?
    /// The cell, when known.
    public var cell: CellAddress?

    /// Creates an error.
    public init(_ kind: Kind, file: String, sheet: String? = nil, cell: CellAddress? = nil) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// The message in Danish and English.
    public var message: LocalizedText {
        switch kind {
        case .unknownFormat(let ext):
            let shown = ext.isEmpty ? "(ingen)" : "." + ext
            let shownEN = ext.isEmpty ? "(none)" : "." + ext
            return LocalizedText(
                da: "Kan ikke skrive \(file): filtypen \(shown) kendes ikke; brug .xlsx eller .csv.",
                en: "Cannot write \(file): the file type \(shownEN) is not known; use .xlsx or .csv.")
        case .writeFailed(let reason):
            return LocalizedText(da: "Kunne ikke skrive \(file): \(reason.da)", en: "Could not write \(file): \(reason.en)")
        }
    }

    /// The English message.
    public var description: String { message.en }
}
