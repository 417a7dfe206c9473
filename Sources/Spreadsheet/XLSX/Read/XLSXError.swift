/// Why an XLSX workbook could not be read, and where.
///
/// Every error carries a ``kind`` that code can switch on, plus the location it
/// knows of: the file, the part inside the package (`xl/worksheets/sheet1.xml`),
/// the sheet, the cell, and the line and column in the part's XML (the names every
/// error of the toolkit uses: `file`, `sheet`, `cell`, `line`, `column`). Its
/// ``description`` is an English sentence a user understands;
/// ``danishDescription`` says the same in Danish.
public struct XLSXError: Error, Sendable, Hashable, BilingualMessage {
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
    /// The cell involved.
    public var cell: CellAddress?
    /// The reference as written in the file when it is not a valid cell address
    /// (``Kind/invalidCellReference``); ``cell`` is then `nil`.
    public var reference: String?
    /// One-based line in the part's XML.
    public var line: Int?
    /// One-based column in the part's XML.
    public var column: Int?
    /// Technical detail (the XML parser's or zip library's message, the limit and the value found).
    public var detail: String?

    /// Creates an error; the reader fills in the location it knows.
    public init(
        _ kind: Kind, file: String? = nil, part: String? = nil, sheet: String? = nil, cell: CellAddress? = nil,
        reference: String? = nil, line: Int? = nil, column: Int? = nil, detail: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.reference = reference
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

    /// The sentence in English or Danish: where, then what.
    public func render(english en: Bool) -> String {
        location(english: en) + message(english: en) + (detail.map { " (\($0))" } ?? "")
    }

    private func location(english en: Bool) -> String {
        var items: [String] = []
        if let file { items.append(file) }
        if let sheet { items.append((en ? "sheet" : "ark") + " '\(sheet)'") }
        if let part { items.append((en ? "part " : "del ") + part) }
        if let line {
            let lineText = (en ? "line " : "linje ") + String(line)
            items.append(column.map { lineText + (en ? ", column " : ", kolonne ") + String($0) } ?? lineText)
        }
        if let cell = cell?.a1 ?? reference { items.append((en ? "cell " : "celle ") + cell) }
        return items.isEmpty ? "" : items.joined(separator: ", ") + ": "
    }

    private func message(english en: Bool) -> String {
        switch kind {
        case .unreadableFile:
            return en ? "the file cannot be opened or read." : "filen kan ikke åbnes eller læses."
        case .emptyFile:
            return en ? "the file is empty, so it is not a workbook." : "filen er tom, så den er ikke en projektmappe."
        case .notAZip:
            return en
                ? "this is not an XLSX workbook (the file is not a zip archive)."
                : "dette er ikke en XLSX-projektmappe (filen er ikke et zip-arkiv)."
        case .corruptZip:
            return en ? "the workbook's zip structure is damaged." : "projektmappens zip-struktur er beskadiget."
        case .checksumMismatch:
            return en
                ? "a part of the workbook is damaged (its checksum does not match)."
                : "en del af projektmappen er beskadiget (kontrolsummen passer ikke)."
        case .encryptedWorkbook:
            return en
                ? "the workbook is password-protected (encrypted); save it without a password and try again."
                : "projektmappen er beskyttet med adgangskode (krypteret); gem den uden adgangskode og prøv igen."
        case .legacyXLS:
            return en
                ? "this is an old Excel 97-2003 .xls workbook, not .xlsx; save it as .xlsx and try again."
                : "dette er en gammel Excel 97-2003 .xls-fil, ikke .xlsx; gem den som .xlsx og prøv igen."
        case .compoundDocument:
            return en
                ? "this is an OLE compound document, not an .xlsx workbook."
                : "dette er et OLE-dokument, ikke en .xlsx-projektmappe."
        case .pdfDocument:
            return en
                ? "this is a PDF document, not a spreadsheet; hand in the workbook itself (.xlsx) or a CSV file."
                : "dette er et PDF-dokument, ikke et regneark; aflever selve projektmappen (.xlsx) eller en CSV-fil."
        case .openDocument:
            return en
                ? "this is an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx and try again."
                : "dette er et OpenDocument-regneark (.ods), ikke .xlsx; gem det som .xlsx og prøv igen."
        case .invalidPackage:
            return en ? "the workbook package is invalid." : "projektmappens pakke er ugyldig."
        case .missingPart:
            return en ? "a part the workbook needs is missing." : "en del, som projektmappen skal bruge, mangler."
        case .unsupportedFormat:
            return en ? "this kind of workbook is not supported." : "denne slags projektmappe understøttes ikke."
        case .malformedXML:
            return en ? "the XML is malformed." : "XML'en er fejlbehæftet."
        case .forbiddenDTD:
            return en
                ? "the XML declares entities (a DTD), which is refused for safety."
                : "XML'en erklærer entiteter (en DTD), hvilket afvises af sikkerhedshensyn."
        case .invalidCellReference:
            return en ? "invalid cell reference." : "ugyldig cellereference."
        case .limitExceeded(let limit):
            return en
                ? "the workbook exceeds a safety limit (\(limit.englishName)); it may be a zip bomb."
                : "projektmappen overskrider en sikkerhedsgrænse (\(limit.danishName)); den kan være en zip-bombe."
        case .sheetNotFound:
            return en ? "no such sheet in the workbook." : "arket findes ikke i projektmappen."
        }
    }
}
