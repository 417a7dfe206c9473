/// Why an XLSX workbook could not be read, and where.
///
/// Every error carries a ``kind`` that code can switch on, plus the location it
/// knows of: the file, the part inside the package (`xl/worksheets/sheet1.xml`),
/// the sheet, the cell, and the line and column in the part's XML. Its
/// ``description`` is an English sentence a user understands;
/// ``danishDescription`` says the same in Danish.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The file could not be opened or read (missing, unreadable, I/O failure).
        case unreadableFile
        /// The file is empty (zero bytes).
        case emptyFile
        /// The file is not a zip archive, so it cannot be an XLSX workbook.
        case notAZip
        /// The file is a zip archive whose structure is damaged.
        case corruptZip
        /// A zip entry's checksum does not match its data (only when checksums are verified).
        case checksumMismatch
        /// The workbook is password-protected: an OLE container holding an `EncryptedPackage`.
        case encryptedWorkbook
        /// The file is a legacy Excel 97–2003 `.xls` workbook (BIFF in an OLE container).
        case legacyXLS
        /// The file is an OLE compound document that is neither an `.xls` nor an encrypted workbook.
        case compoundDocument
        /// The file is a PDF document (a sheet saved or printed as PDF), not a workbook.
        case pdfDocument
        /// The file is an OpenDocument spreadsheet (`.ods`), not OOXML.
        case openDocument
        /// The package breaks the OPC rules (for example two entries whose names differ only by case).
        case invalidPackage
        /// A part the workbook needs is not in the package.
        case missingPart
        /// The package is an OOXML flavour this reader does not read (Excel 2007 beta, `.xlsb`).
        case unsupportedFormat
        /// A part's XML is not well-formed.
        case malformedXML
        /// A part's XML declares entities or a DTD that could expand or reach outside the file.
        case forbiddenDTD
        /// A cell or row reference in a sheet is not a valid A1 reference.
        case invalidCellReference
        /// A protective limit against zip bombs was exceeded.
        case limitExceeded(ZipLimits.Limit)
        /// No sheet with the requested name or index.
        case sheetNotFound
    }

    /// What went wrong.
    public var kind: Kind
    /// The file being read, when it was opened from a path.
    public var file: String?
    /// The part of the package (zip entry) involved, e.g. `xl/worksheets/sheet1.xml`.
    public var part: String?
    /// The sheet involved, by name.
    public var sheet: String?
    /// The cell reference involved, as written in the file.
    public var cell: String?
    /// One-based line in the part's XML.
    public var line: Int?
    /// One-based column in the part's XML.
    public var column: Int?
    /// Technical detail (the XML parser's or zip library's message, the limit and the value found).
    public var detail: String?

    /// Creates an error; the reader fills in the location it knows.
    public init(
        _ kind: Kind, file: String? = nil, part: String? = nil, sheet: String? = nil, cell: String? = nil,
        line: Int? = nil, column: Int? = nil, detail: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.line = line
        self.column = column
        self.detail = detail
    }

    /// The same error with the file filled in when it was not known yet.
    func inFile(_ path: String?) -> XLSXError {
        var copy = self
        if copy.file == nil { copy.file = path }
        return copy
    }

    /// The same error with the sheet filled in when it was not known yet.
    func inSheet(_ name: String?) -> XLSXError {
        var copy = self
        if copy.sheet == nil { copy.sheet = name }
        return copy
    }

    /// An English sentence: where, then what.
    public var description: String {
        location(part: "part", sheet: "sheet", cell: "cell", line: "line", column: "column") + englishMessage
            + (detail.map { " (\($0))" } ?? "")
    }

    /// The same message in Danish.
    public var danishDescription: String {
        location(part: "del", sheet: "ark", cell: "celle", line: "linje", column: "kolonne") + danishMessage
            + (detail.map { " (\($0))" } ?? "")
    }

    private func location(part p: String, sheet s: String, cell c: String, line l: String, column col: String) -> String {
        var items: [String] = []
        if let file { items.append(file) }
        if let sheet { items.append("\(s) '\(sheet)'") }
        if let part { items.append("\(p) \(part)") }
        if let line {
            items.append(column.map { "\(l) \(line), \(col) \($0)" } ?? "\(l) \(line)")
        }
        if let cell { items.append("\(c) \(cell)") }
        return items.isEmpty ? "" : items.joined(separator: ", ") + ": "
    }

    private var englishMessage: String {
        switch kind {
        case .unreadableFile: return "the file cannot be opened or read."
        case .emptyFile: return "the file is empty, so it is not a workbook."
        case .notAZip: return "this is not an XLSX workbook (the file is not a zip archive)."
        case .corruptZip: return "the workbook's zip structure is damaged."
        case .checksumMismatch: return "a part of the workbook is damaged (its checksum does not match)."
        case .encryptedWorkbook:
            return "the workbook is password-protected (encrypted); save it without a password and try again."
        case .legacyXLS: return "this is an old Excel 97-2003 .xls workbook, not .xlsx; save it as .xlsx and try again."
        case .compoundDocument: return "this is an OLE compound document, not an .xlsx workbook."
        case .pdfDocument: return "this is a PDF document, not a spreadsheet; hand in the workbook itself (.xlsx) or a CSV file."
        case .openDocument: return "this is an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx and try again."
        case .invalidPackage: return "the workbook package is invalid."
        case .missingPart: return "a part the workbook needs is missing."
        case .unsupportedFormat: return "this kind of workbook is not supported."
        case .malformedXML: return "the XML is malformed."
        case .forbiddenDTD: return "the XML declares entities (a DTD), which is refused for safety."
        case .invalidCellReference: return "invalid cell reference."
        case .limitExceeded(let limit):
            return "the workbook exceeds a safety limit (\(limit.englishName)); it may be a zip bomb."
        case .sheetNotFound: return "no such sheet in the workbook."
        }
    }

    private var danishMessage: String {
        switch kind {
        case .unreadableFile: return "filen kan ikke åbnes eller læses."
        case .emptyFile: return "filen er tom, så den er ikke en projektmappe."
        case .notAZip: return "dette er ikke en XLSX-projektmappe (filen er ikke et zip-arkiv)."
        case .corruptZip: return "projektmappens zip-struktur er beskadiget."
        case .checksumMismatch: return "en del af projektmappen er beskadiget (kontrolsummen passer ikke)."
        case .encryptedWorkbook:
            return "projektmappen er beskyttet med adgangskode (krypteret); gem den uden adgangskode og prøv igen."
        case .legacyXLS: return "dette er en gammel Excel 97-2003 .xls-fil, ikke .xlsx; gem den som .xlsx og prøv igen."
        case .compoundDocument: return "dette er et OLE-dokument, ikke en .xlsx-projektmappe."
        case .pdfDocument: return "dette er et PDF-dokument, ikke et regneark; aflever selve projektmappen (.xlsx) eller en CSV-fil."
        case .openDocument: return "dette er et OpenDocument-regneark (.ods), ikke .xlsx; gem det som .xlsx og prøv igen."
        case .invalidPackage: return "projektmappens pakke er ugyldig."
        case .missingPart: return "en del, som projektmappen skal bruge, mangler."
        case .unsupportedFormat: return "denne slags projektmappe understøttes ikke."
        case .malformedXML: return "XML'en er fejlbehæftet."
        case .forbiddenDTD: return "XML'en erklærer entiteter (en DTD), hvilket afvises af sikkerhedshensyn."
        case .invalidCellReference: return "ugyldig cellereference."
        case .limitExceeded(let limit):
            return "projektmappen overskrider en sikkerhedsgrænse (\(limit.danishName)); den kan være en zip-bombe."
        case .sheetNotFound: return "arket findes ikke i projektmappen."
        }
    }
}
