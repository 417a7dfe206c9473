#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a workbook could not be written, and where.
///
/// Every error carries the place it happened (target ``file``, ``sheet``, ``cell``, package
/// ``part``) as far as it is known, and prints one sentence a user understands, in
/// English (``description``) or Danish (``danishDescription``).
///
/// When a row is rejected (for example because a text is too long), nothing of that
/// row is written and the writer stays usable; when the workbook itself cannot be
/// completed, nothing is left at the target path (an existing file stays untouched).
public struct XLSXWriteError: Error, Sendable, Hashable, BilingualMessage {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// A text is longer than the 32,767 characters a cell can hold.
        case textTooLong(length: Int)
        /// A note (comment) is longer than 32,767 characters.
        case noteTooLong(length: Int)
        /// A formula is longer than the 8,192 characters Excel accepts.
        case formulaTooLong(length: Int)
        /// A number is NaN or infinite; spreadsheets cannot store it.
        case numberNotFinite
        /// An error value that is not one of `#NULL!`, `#DIV/0!`, `#VALUE!`, `#REF!`,
        /// `#NAME?`, `#NUM!`, `#N/A`, `#GETTING_DATA`.
        case unknownErrorValue(String)
        /// Rows must be written in increasing order.
        case rowOutOfOrder(row: Int, previousRow: Int)
        /// A row or column lies outside the sheet (rows 1–1,048,576, columns A–XFD).
        case cellOutOfRange
        /// Two cells of one row have the same column.
        case duplicateColumn
        /// A sheet name is empty, too long, uses `[ ] : * ? / \`, starts or ends with `'`,
        /// or is the reserved name `History`.
        case invalidSheetName(String)
        /// Two sheets have the same name (compared without regard to case).
        case duplicateSheetName(String)
        /// A reference to a sheet the workbook does not have.
        case unknownSheet(String)
        /// A merged range overlaps another merged range of the same sheet.
        case overlappingMerge(CellRange, CellRange)
        /// A defined name is not a valid name, or is defined twice.
        case invalidDefinedName(String)
        /// Every sheet is hidden; a workbook must show at least one.
        case noVisibleSheet
        /// A workbook must have at least one sheet.
        case noSheets
        /// A value outside what the format allows (column width, row height, zoom…).
        case invalidValue(String)
        /// A chart has no series, or its ranges are not single rows or columns.
        case invalidChart(String)
        /// The writer was closed or discarded and cannot be used any more.
        case writerClosed
        /// The folder of the target file does not exist or cannot be written.
        case folderNotWritable
        /// A system call failed (`operation`, with the C `errno`).
        case fileSystem(operation: String, errno: Int32)
        /// libzip reported an error while building the package.
        case zip(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The file being written.
    public var file: String?
    /// The sheet concerned.
    public var sheet: String?
    /// The cell concerned.
    public var cell: CellAddress?
    /// The package part concerned (`xl/worksheets/sheet1.xml`…).
    public var part: String?

    /// Creates an error.
    public init(_ kind: Kind, file: String? = nil, sheet: String? = nil, cell: CellAddress? = nil, part: String? = nil) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.part = part
    }

    /// The sentence saying what went wrong and where, in English or Danish.
    public func render(english en: Bool) -> String {
        var location: [String] = []
        if let file { location.append(en ? "file \(file)" : "fil \(file)") }
        if let sheet { location.append(en ? "sheet '\(sheet)'" : "ark '\(sheet)'") }
        if let cell { location.append(en ? "cell \(cell.a1)" : "celle \(cell.a1)") }
        if let part { location.append(en ? "part \(part)" : "del \(part)") }
        let place = location.isEmpty ? "" : " (" + location.joined(separator: ", ") + ")"
        let what: String
        switch kind {
        case .textTooLong(let length):
            what =
                en
                ? "The text has \(length) characters; a cell can hold at most \(XLSXFormatLimits.maxTextLength)"
                : "Teksten har \(length) tegn; en celle kan højst rumme \(XLSXFormatLimits.maxTextLength)"
        case .noteTooLong(let length):
            what =
                en
                ? "The note has \(length) characters; a note can hold at most \(XLSXFormatLimits.maxTextLength)"
                : "Noten har \(length) tegn; en note kan højst rumme \(XLSXFormatLimits.maxTextLength)"
        case .formulaTooLong(let length):
            what =
                en
                ? "The formula has \(length) characters; Excel accepts at most \(XLSXFormatLimits.maxFormulaLength)"
                : "Formlen har \(length) tegn; Excel accepterer højst \(XLSXFormatLimits.maxFormulaLength)"
        case .numberNotFinite:
            what =
                en
                ? "The number is not finite (NaN or infinity) and cannot be stored in a spreadsheet"
                : "Tallet er ikke endeligt (NaN eller uendeligt) og kan ikke gemmes i et regneark"
        case .unknownErrorValue(let value):
            what =
                en
                ? "'\(value)' is not an error value spreadsheets know (such as #N/A or #DIV/0!)"
                : "'\(value)' er ikke en fejlværdi, regneark kender (som #N/A eller #DIV/0!)"
        case .rowOutOfOrder(let row, let previous):
            what =
                en
                ? "Row \(row + 1) comes after row \(previous + 1); rows must be written in increasing order"
                : "Række \(row + 1) kommer efter række \(previous + 1); rækker skal skrives i stigende orden"
        case .cellOutOfRange:
            what =
                en
                ? "The cell lies outside a worksheet (rows 1 to 1,048,576, columns A to XFD)"
                : "Cellen ligger uden for et regneark (række 1 til 1.048.576, kolonne A til XFD)"
        case .duplicateColumn:
            what = en ? "The row has two cells in the same column" : "Rækken har to celler i samme kolonne"
        case .invalidSheetName(let name):
            what =
                en
                ? "'\(name)' is not a valid sheet name (1 to 31 characters, none of [ ] : * ? / \\, not starting or ending with ', not 'History')"
                : "'\(name)' er ikke et gyldigt arknavn (1 til 31 tegn, ingen af [ ] : * ? / \\, må ikke starte eller slutte med ', ikke 'History')"
        case .duplicateSheetName(let name):
            what = en ? "The workbook already has a sheet named '\(name)'" : "Projektmappen har allerede et ark med navnet '\(name)'"
        case .unknownSheet(let name):
            what = en ? "The workbook has no sheet named '\(name)'" : "Projektmappen har intet ark med navnet '\(name)'"
        case .overlappingMerge(let a, let b):
            what =
                en
                ? "The merged range \(a.a1) overlaps the merged range \(b.a1)"
                : "Det flettede område \(a.a1) overlapper det flettede område \(b.a1)"
        case .invalidDefinedName(let name):
            what =
                en
                ? "'\(name)' is not a valid defined name, or it is defined twice"
                : "'\(name)' er ikke et gyldigt navn, eller det er defineret to gange"
        case .noVisibleSheet:
            what =
                en
                ? "Every sheet is hidden; a workbook must show at least one sheet"
                : "Alle ark er skjulte; en projektmappe skal vise mindst ét ark"
        case .noSheets:
            what = en ? "The workbook has no sheets; it needs at least one" : "Projektmappen har ingen ark; den skal have mindst ét"
        case .invalidValue(let detail):
            what = en ? "Invalid value: \(detail)" : "Ugyldig værdi: \(detail)"
        case .invalidChart(let detail):
            what = en ? "The chart cannot be drawn: \(detail)" : "Diagrammet kan ikke tegnes: \(detail)"
        case .writerClosed:
            what = en ? "The workbook writer is already closed" : "Skrivningen af projektmappen er allerede afsluttet"
        case .folderNotWritable:
            what = en ? "The folder does not exist or cannot be written to" : "Mappen findes ikke eller kan ikke skrives i"
        case .fileSystem(let operation, let code):
            let reason = SystemErrorText.reason(code, english: en) + (en ? " (errno \(code))" : " (fejlkode \(code))")
            let hint = SystemErrorText.writeHint(code, english: en).map { "; " + $0 } ?? ""
            what = en ? "The system call \(operation) failed: \(reason)\(hint)" : "Systemkaldet \(operation) mislykkedes: \(reason)\(hint)"
        case .zip(let message):
            what = en ? "The zip package could not be written: \(message)" : "Zip-pakken kunne ikke skrives: \(message)"
        }
        return what + place + "."
    }

    /// A copy with the location fields that are still unknown filled in.
    func located(file: String? = nil, sheet: String? = nil, cell: CellAddress? = nil, part: String? = nil) -> XLSXWriteError {
        var copy = self
        if copy.file == nil { copy.file = file }
        if copy.sheet == nil { copy.sheet = sheet }
        if copy.cell == nil { copy.cell = cell }
        if copy.part == nil { copy.part = part }
        return copy
    }
}
