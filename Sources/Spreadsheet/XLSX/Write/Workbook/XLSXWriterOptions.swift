/// How an ``XLSXWriter`` writes a workbook.
public struct XLSXWriterOptions: Sendable, Hashable {
    /// When cells carry their own reference (`<c r="B7">`).
    public enum CellReferences: Sendable, Hashable {
        /// Every cell names its reference, as Excel itself writes (the default).
        case always
        /// Only a cell that does not directly follow the previous cell of its row names
        /// its reference; the format defines the others as the next column. Files get
        /// much smaller (about a third for a dense sheet) and are written faster;
        /// LibreOffice, openpyxl and calamine read them, but very old readers may not.
        case whenNeeded
    }

    /// Deflate level of the zip entries: 0 stores them uncompressed, 1 is fastest,
    /// 9 smallest. The default, 5, writes files about 0.4 % larger than level 6 in
    /// about half the time (measured on the 200,000 × 10 benchmark sheet).
    public var compressionLevel: Int
    /// `true` (the default): texts go into the shared-string table, each distinct text
    /// once, which gives the smallest files. `false`: constant-memory mode; texts are
    /// written inline in the cells (`t="inlineStr"`) and nothing grows with the number
    /// of rows, however large the sheet.
    public var sharedStrings: Bool
    /// The date system the workbook counts date serials in; dates written with
    /// ``CellValue/date(_:)`` are converted to it.
    public var dateSystem: DateSystem
    /// The workbook's document properties (title, author, creation time…).
    public var properties: DocumentProperties
    /// Whether spreadsheet programs should recalculate every formula when the file
    /// is opened. The writer also asks for it by itself when a formula has no cached value.
    public var recalculateOnOpen: Bool
    /// The folder anonymous spill files are created in; `nil` is `$TMPDIR` or `/tmp`.
    public var temporaryDirectory: String?
    /// When cells carry their own reference; ``CellReferences/always`` by default.
    public var cellReferences: CellReferences
    /// How many bytes of sheet XML are kept in memory before they are spilled to a
    /// temporary file (per sheet being written). 1 MiB by default.
    public var spillThreshold: Int

    /// Creates options; the defaults give small files quickly.
    public init(
        compressionLevel: Int = 5, sharedStrings: Bool = true, dateSystem: DateSystem = .date1900,
        properties: DocumentProperties = DocumentProperties(), recalculateOnOpen: Bool = false,
        temporaryDirectory: String? = nil, cellReferences: CellReferences = .always,
        spillThreshold: Int = 1 << 20
    ) {
        self.compressionLevel = compressionLevel
        self.sharedStrings = sharedStrings
        self.dateSystem = dateSystem
        self.properties = properties
        self.recalculateOnOpen = recalculateOnOpen
        self.temporaryDirectory = temporaryDirectory
        self.cellReferences = cellReferences
        self.spillThreshold = spillThreshold
    }

    /// Constant-memory mode: inline strings, memory flat however many rows are written.
    public static var constantMemory: XLSXWriterOptions { XLSXWriterOptions(sharedStrings: false) }
}
