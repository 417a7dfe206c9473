/// A binary file format recognised by its first bytes, so that a workbook handed to the CSV
/// reader (a renamed file, a wrong extension) is refused with a message that says what it is,
/// instead of being read as thousands of rows of garbage.
public enum CSVBinaryFormat: Hashable, Sendable {
    /// A ZIP package: an .xlsx, .xlsm or .ods workbook, or another zip file.
    case zipPackage
    /// A Compound File (OLE2) document: an old binary .xls workbook (or an encrypted .xlsx).
    case compoundDocument
    /// A PDF document: a sheet saved or printed as PDF.
    case pdf

    /// The format whose signature `bytes` start with; `nil` for anything else.
    static func recognised(at bytes: [UInt8]) -> CSVBinaryFormat? {
        switch bytes.withUnsafeBytes({ ContainerSniffer.container(ofPrefix: $0) }) {
        case .zipPackage: .zipPackage
        case .compoundDocument: .compoundDocument
        case .pdf: .pdf
        case .empty, .other: nil
        }
    }

    /// What the file is and what to do with it, in English and in Danish.
    var explanation: (englishName: String, englishAdvice: String, danishName: String, danishAdvice: String) {
        switch self {
        case .zipPackage:
            (
                "a ZIP package (an .xlsx or .ods workbook?)", "give it a workbook extension (.xlsx) and read it as a workbook",
                "en ZIP-pakke (et .xlsx- eller .ods-regneark?)", "giv den endelsen .xlsx og læs den som regneark"
            )
        case .pdf:
            (
                "a PDF document", "hand in the spreadsheet itself (.xlsx) or save it as CSV",
                "et PDF-dokument", "aflever selve regnearket (.xlsx), eller gem det som CSV"
            )
        case .compoundDocument:
            (
                "an old binary Excel workbook (.xls) or an encrypted workbook",
                "save it from Excel as .xlsx or CSV first (without a password)",
                "et gammelt binært Excel-regneark (.xls) eller et krypteret regneark",
                "gem den fra Excel som .xlsx eller CSV først (uden adgangskode)"
            )
        }
    }
}
