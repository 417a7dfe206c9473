#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file is, told by its content: its first bytes decide, and its name only where
/// the bytes cannot (an Office lock file; text without a byte-order mark that holds NUL
/// bytes, which a `.csv` name makes UTF-16 text rather than binary data; text under a
/// workbook's name, which is a workbook that is not one, for the workbook reader to
/// explain).
///
/// Every reader and command asks here before it opens a file, so that a PDF, a picture or
/// a workbook under a wrong name is told for what it is, with what to do, instead of being
/// read as rows of garbage.
///
/// ```swift
/// switch SpreadsheetFormat.detect(path: "budget.csv") {
/// case .workbook: …   // a zip package: read with XLSXWorkbook, whatever the name
/// case .text: …       // CSV or other text
/// case let other: print(other.name(english: true), other.advice(english: true) ?? "")
/// }
/// ```
public enum SpreadsheetFormat: String, Sendable, Hashable, CaseIterable {
    /// An Office Open XML workbook (a zip package: `.xlsx`, `.xlsm`, `.xltx`, `.xltm`).
    case workbook = "xlsx"
    /// An OpenDocument spreadsheet (`.ods`, a zip package with an OpenDocument mimetype).
    case openDocument = "ods"
    /// An OLE compound document: an old binary Excel workbook (`.xls`) or an encrypted workbook.
    case legacyWorkbook = "xls"
    /// Text: CSV, TSV or a text file (any encoding the CSV reader detects).
    case text = "csv"
    /// A PDF document.
    case pdf
    /// A picture (PNG, JPEG, GIF, TIFF, BMP, WebP, HEIC).
    case image
    /// An empty file (no bytes, or only blanks).
    case empty
    /// An Office lock file (`~$budget.xlsx` from Excel, `.~lock.budget.xlsx#` from LibreOffice).
    case lockFile = "lock-file"
    /// Binary data of another kind.
    case binary

    /// Whether the readers of this package read it (a workbook or text).
    public var isReadable: Bool { self == .workbook || self == .text }

    /// The local file header of a zip archive, and the end record of an empty one.
    static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]
    /// The header of an OLE compound document.
    static let compoundDocumentSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The header of a PDF document.
    static let pdfSignature: [UInt8] = Array("%PDF-".utf8)
    /// How many leading bytes ``detect(path:)`` looks at.
    public static let prefixLength = 512

    /// The format of the file at `path`, from its first ``prefixLength`` bytes and its
    /// name. A file that cannot be opened is taken as text: the reader then says why.
    public static func detect(path: String) -> SpreadsheetFormat {
        let name = String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        if isLockFileName(name) { return .lockFile }
        guard let handle = fopen(path, "rb") else { return .text }
        defer { fclose(handle) }
        var bytes = [UInt8](repeating: 0, count: prefixLength)
        let count = fread(&bytes, 1, prefixLength, handle)
        return detect(prefix: bytes[0..<count], name: name, isWhole: count < prefixLength)
    }

    /// The format of a file whose first bytes are `prefix` and whose name is `name`;
    /// `isWhole` says that `prefix` is the whole file.
    public static func detect(prefix: some Collection<UInt8>, name: String = "", isWhole: Bool = false) -> SpreadsheetFormat {
        if isLockFileName(name) { return .lockFile }
        let bytes = Array(prefix)
        if bytes.isEmpty { return .empty }
        if zipSignatures.contains(where: bytes.starts(with:)) {
            return contains(bytes, Array("mimetypeapplication/vnd.oasis.opendocument".utf8)) ? .openDocument : .workbook
        }
        if bytes.starts(with: compoundDocumentSignature) { return .legacyWorkbook }
        if bytes.starts(with: pdfSignature) { return .pdf }
        if isImage(bytes) { return .image }
        let byteOrderMarks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        if byteOrderMarks.contains(where: bytes.starts(with:)) { return .text }
        if isWhole, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .empty }
        let lower = name.lowercased()
        if bytes.contains(0) {
            // UTF-16 text without a byte-order mark has NUL bytes too: the name decides.
            return [".csv", ".tsv", ".txt"].contains(where: lower.hasSuffix) ? .text : .binary
        }
        // Text named as a workbook: a damaged or mislabelled workbook, which the workbook
        // reader names ("not a zip archive").
        return [".xlsx", ".xlsm", ".xltx", ".xltm"].contains(where: lower.hasSuffix) ? .workbook : .text
    }

    /// Whether `name` (without folders) is an Office lock file's.
    public static func isLockFileName(_ name: String) -> Bool {
        name.hasPrefix("~$") || (name.hasPrefix(".~lock.") && name.hasSuffix("#"))
    }

    private static func isImage(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
            [0xFF, 0xD8, 0xFF],  // JPEG
            Array("GIF87a".utf8), Array("GIF89a".utf8),
            [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A],  // TIFF
        ]
        if signatures.contains(where: bytes.starts(with:)) { return true }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return true }
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8),
            ["heic", "heix", "mif1", "avif"].contains(String(decoding: bytes[8..<12], as: UTF8.self))
        {
            return true
        }
        // BMP: "BM" and a header size of 40 or more at offset 14.
        if bytes.count >= 18, bytes[0] == 0x42, bytes[1] == 0x4D, bytes[15] == 0, bytes[14] >= 12, bytes[16] == 0, bytes[17] == 0 {
            return true
        }
        return false
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// What the file is, as a phrase: "a PDF document", "et PDF-dokument".
    public func name(english: Bool) -> String {
        switch self {
        case .workbook: english ? "an Excel workbook (.xlsx)" : "en Excel-projektmappe (.xlsx)"
        case .openDocument: english ? "an OpenDocument spreadsheet (.ods)" : "et OpenDocument-regneark (.ods)"
        case .legacyWorkbook:
            english
                ? "an old binary Excel workbook (.xls) or an encrypted workbook"
                : "et gammelt binært Excel-regneark (.xls) eller et krypteret regneark"
        case .text: english ? "a text (CSV) file" : "en tekstfil (CSV)"
        case .pdf: english ? "a PDF document, not a spreadsheet" : "et PDF-dokument, ikke et regneark"
        case .image: english ? "a picture, not a spreadsheet" : "et billede, ikke et regneark"
        case .empty: english ? "empty" : "tom"
        case .lockFile:
            english
                ? "an Office lock file (left beside a workbook that is open), not a spreadsheet"
                : "en Office-låsefil (ligger ved siden af en åben projektmappe), ikke et regneark"
        case .binary: english ? "binary data, not a spreadsheet" : "binære data, ikke et regneark"
        }
    }

    /// What to do with a file of this format; `nil` for the formats that are read.
    public func advice(english: Bool) -> String? {
        switch self {
        case .workbook, .text: nil
        case .openDocument:
            english
                ? "save it as .xlsx (File › Save As › Excel 2007-365) and check that file"
                : "gem det som .xlsx (Filer › Gem som › Excel 2007-365) og kontrollér den fil"
        case .legacyWorkbook:
            english
                ? "open it in Excel and save it as .xlsx (without a password), then check that file"
                : "åbn den i Excel og gem den som .xlsx (uden adgangskode), og kontrollér så den fil"
        case .pdf, .image:
            english
                ? "ask the partner for the spreadsheet itself (.xlsx or CSV)"
                : "bed partneren om selve regnearket (.xlsx eller CSV)"
        case .empty:
            english ? "ask the partner to send the file again" : "bed partneren om at sende filen igen"
        case .lockFile:
            english
                ? "it disappears when the workbook is closed, and is passed over"
                : "den forsvinder, når projektmappen lukkes, og springes over"
        case .binary:
            english
                ? "ask the partner for the budget as .xlsx or CSV"
                : "bed partneren om budgettet som .xlsx eller CSV"
        }
    }
}
