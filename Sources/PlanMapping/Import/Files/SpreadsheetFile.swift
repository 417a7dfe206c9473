import PlanModel
import Spreadsheet

/// A partner's spreadsheet read into memory: an XLSX workbook's worksheets, or a CSV
/// file as one sheet.
public struct SpreadsheetFile: Sendable {
    /// The file formats read.
    public enum Format: String, Sendable, Hashable {
        /// An Office Open XML workbook (`.xlsx`, `.xlsm`, `.xltx`, `.xltm`).
        case xlsx
        /// A CSV file (any delimiter, encoding and line ending Excel or others write).
        case csv
    }

    /// The path as the user gave it.
    public var path: String
    /// The format.
    public var format: Format
    /// The worksheets in workbook order (one sheet, named after the file, for CSV). Hidden
    /// sheets, rows and columns are read like any other; chart sheets are left out.
    public var grids: [SheetGrid]
    /// For CSV: the notation the file's dialect shows (Danish Excel writes ";").
    var notation: AmountNotation?
    /// The state of each sheet in ``grids`` (visible, hidden, very hidden); empty when
    /// not known (CSV, or sheets given in memory): then every sheet is visible.
    public var sheetStates: [SheetState] = []
    /// What the formula engine filled in or found stale (a workbook's formulas; empty for CSV).
    public var formulaValues = FormulaValues()
    /// What the XLSX reader did to read a sheet that the file does not say as written (a
    /// sheet whose rows are numbered from 0, read one row down); empty for CSV. Reports
    /// show each at its sheet (`ReadingFindings`).
    public var readNotes: [XLSXReadNote] = []

    /// Creates a file from sheets already in memory (tests, other readers).
    public init(path: String, format: Format, grids: [SheetGrid]) {
        self.path = path
        self.format = format
        self.grids = grids
        self.notation = nil
    }

    /// Reads the file at `path`, in the format its content shows (`SpreadsheetFormat`):
    /// a zip package as a workbook whatever its name (a workbook renamed to `.csv` still
    /// reads), text as CSV.
    ///
    /// - Throws: ``InputError`` saying, in Danish and English, why the file cannot be read:
    ///   what it is (a PDF, a picture, an empty file, a lock file, an OpenDocument
    ///   spreadsheet, an old .xls…) and what to do.
    public static func read(path: String) throws(InputError) -> SpreadsheetFile {
        switch SpreadsheetFormat.detect(path: path) {
        case .workbook: return try readWorkbook(path: path)
        case .text: return try readCSV(path: path)
        case let other: throw InputError(file: path, format: other)
        }
    }

    /// Reads the file at `path` and calls it `name`: in ``path``, and in the reason given
    /// when it cannot be read. For a file kept under another path than the name its owner
    /// knows it by (an upload the server stored by its hash).
    ///
    /// - Throws: ``InputError`` as ``read(path:)`` does, naming the file `name`.
    public static func read(path: String, named name: String) throws(InputError) -> SpreadsheetFile {
        do {
            var file = try read(path: path)
            file.path = name
            return file
        } catch {
            guard name != path else { throw error }
            func named(_ text: String) -> String { text.replacingOccurrences(of: path, with: name) }
            throw InputError(file: name, reason: LocalizedText(da: named(error.reason.da), en: named(error.reason.en)), kind: error.kind)
        }
    }

    private static func readWorkbook(path: String) throws(InputError) -> SpreadsheetFile {
        do {
            let workbook = try XLSXWorkbook(path: path)
            var grids: [SheetGrid] = []
            var states: [SheetState] = []
            var notes: [XLSXReadNote] = []
            for sheet in workbook.sheets where sheet.kind == .worksheet {
                let read = try workbook.readSheetNoting(at: sheet.index)
                grids.append(read.grid)
                notes += read.notes
                states.append(sheet.state)
            }
            let computed = FormulaValues.fill(grids, of: workbook)
            var file = SpreadsheetFile(path: path, format: .xlsx, grids: computed.grids)
            file.sheetStates = states
            file.formulaValues = computed.values
            file.readNotes = notes
            return file
        } catch {
            throw readFailed(path: path, da: error.danishDescription, en: error.description)
        }
    }

    private static func readCSV(path: String) throws(InputError) -> SpreadsheetFile {
        do {
            let reader = try CSVReader(path: path)
            let grid = try reader.readGrid()
            var file = SpreadsheetFile(path: path, format: .csv, grids: [grid])
            let dialect = reader.dialect
            if dialect.delimiter == ";" || (dialect.decimalSeparator == .comma && reader.detection.decimalSource == .sample) {
                file.notation = AmountNotation(locale: .danish, isSettled: true)
            } else if dialect.decimalSeparator == .point && reader.detection.decimalSource == .sample {
                file.notation = AmountNotation(locale: .english, isSettled: true)
            }
            return file
        } catch {
            throw readFailed(path: path, da: error.danishDescription, en: error.description)
        }
    }

    /// The reader's message as an ``InputError``. The message starts with the file; ours names it once.
    private static func readFailed(path: String, da: String, en: String) -> InputError {
        var english = en
        var danish = da
        for prefix in [path + ", ", path + ": "] {
            if english.hasPrefix(prefix) { english.removeFirst(prefix.count) }
            if danish.hasPrefix(prefix) { danish.removeFirst(prefix.count) }
        }
        return InputError(file: path, reason: LocalizedText(da: danish, en: english))
    }
}
