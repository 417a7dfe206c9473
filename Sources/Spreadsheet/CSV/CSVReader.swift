/// Reads CSV files: detects the dialect from a sample, then streams rows.
///
/// ```swift
/// let reader = try CSVReader(path: "tilskud.csv")
/// print(reader.dialect)                   // encoding utf-8-sig, delimiter ';', …
/// let summary = try reader.forEachRow { row in
///     print(row.index, row[0])            // .string("Aktivitet") …
/// }
/// let grid = try reader.readGrid()        // the whole file as a SheetGrid
/// ```
///
/// **Rows.** Each record of the file is one row, with the index Excel would give it minus
/// one: a blank line is an empty row (it keeps its index, so later rows keep theirs and
/// error messages and A1 references agree with the file), and the header, when there is
/// one, is row 0. Only Excel's `sep=X` first line is not a row. A quoted field with line
/// breaks keeps its record on one row, so from there on row indices and line numbers
/// differ; ``CSVRecord/line`` and errors give lines.
///
/// **Cells.** A row holds a cell for each non-empty field, at the field's column, with the
/// text exactly as in the file after decoding and unquoting (``CellValue/string(_:)``) or,
/// with ``CSVReadOptions/typeNumbers``, typed numbers. Empty fields (also `""`) have no cell.
///
/// **Memory.** The file is read in chunks (``CSVReadOptions/chunkBytes``); memory is bounded by
/// the longest row, which may not exceed ``CSVReadOptions/maxRecordBytes``. Only
/// ``readGrid()`` keeps all rows.
///
/// **Errors.** ``CSVError`` with line and column: a quote that is never closed is reported
/// where it opened. No row is dropped or merged silently: ragged rows are kept and listed
/// in ``CSVReadSummary``.
public struct CSVReader: Sendable {
    /// The file's path (nil for bytes in memory).
    public let path: String?
    /// The name of the sheet the file becomes: its file name without the extension.
    public let name: String
    /// The options the reader was created with.
    public let options: CSVReadOptions
    /// The dialect detection (what was decided, and why).
    public let detection: CSVDetection
    let bytes: [UInt8]?

    /// The dialect used to read the file.
    public var dialect: CSVDialect { detection.dialect }

    /// Opens a file and detects its dialect from its first ``CSVReadOptions/sampleBytes`` bytes
    /// (more when they do not hold the first two lines, up to ``CSVReadOptions/maxSampleBytes``).
    public init(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) {
        self.path = path
        self.bytes = nil
        self.options = options
        self.name = CSVReader.sheetName(forPath: path)
        let file: ReadableFile
        do {
            file = try ReadableFile(path: path)
        } catch {
            throw CSVError(.io(error), file: path)
        }
        var wanted = max(options.sampleBytes, 64)
        let limit = CSVReader.sampleLimit(options)
        var sample = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        var ended = false
        // The sample must hold whole lines: when the first two do not fit, it grows.
        while filled < wanted || (!ended && wanted < limit && !CSVReader.holdsTwoLines(sample[..<filled])) {
            if filled == wanted {
                wanted = min(limit, wanted * 4)
                sample.append(contentsOf: repeatElement(0, count: wanted - sample.count))
            }
            let n: Int
            do {
                n = try sample.withUnsafeMutableBytes { raw in
                    try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
                }
            } catch let error as FileIOError {
                throw CSVError(.io(error), file: path)
            } catch {
                throw CSVError(.io(FileIOError(file: path, operation: .read, code: 0)), file: path)
            }
            if n == 0 {
                ended = true
                break
            }
            filled += n
        }
        sample.removeLast(wanted - filled)
        do {
            self.detection = try CSVDialectDetector.detect(sample: sample, isWholeFile: ended, options: options)
        } catch {
            var error = error
            error.file = path
            throw error
        }
    }

    /// Reads CSV bytes held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes, in any encoding the reader detects.
    ///   - name: The sheet name the rows get.
    ///   - options: What to detect and what to take as given.
    public init(bytes: [UInt8], name: String = "Sheet1", options: CSVReadOptions = CSVReadOptions()) throws(CSVError) {
        self.path = nil
        self.bytes = bytes
        self.options = options
        self.name = name
        var sampleSize = max(options.sampleBytes, 64)
        let limit = CSVReader.sampleLimit(options)
        // The sample must hold whole lines: when the first two do not fit, it grows.
        while sampleSize < bytes.count, sampleSize < limit, !CSVReader.holdsTwoLines(bytes[..<sampleSize]) {
            sampleSize = min(limit, sampleSize * 4)
        }
        let sample = bytes.count <= sampleSize ? bytes : Array(bytes[0..<sampleSize])
        self.detection = try CSVDialectDetector.detect(sample: sample, isWholeFile: bytes.count <= sampleSize, options: options)
    }

    /// Calls `body` with each row, in order, blank rows included (with no cells).
    ///
    /// - Returns: What the pass found (row and line counts, ragged rows, the final encoding).
    /// - Throws: ``CSVError``, or what `body` throws.
    @discardableResult
    public func forEachRow(_ body: (Row) throws -> Void) throws -> CSVReadSummary {
        let session = try CSVReadSession(reader: self)
        while try session.next() {
            try body(Row(index: session.rowIndex, cells: try session.makeCells()))
        }
        return session.summary()
    }

    /// Calls `body` with each record's raw fields: the fast path, without a `Row` per record.
    ///
    /// The record is valid only during the call.
    @discardableResult
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws -> CSVReadSummary {
        let session = try CSVReadSession(reader: self)
        let record = CSVRecord(session: session)
        while try session.next() {
            try body(record)
        }
        return session.summary()
    }

    /// Reads the whole file into a grid (rows without cells are left out; indices are kept).
    public func readGrid() throws(CSVError) -> SheetGrid {
        try read().grid
    }

    /// Reads the whole file into a grid, with the summary of the pass.
    public func read() throws(CSVError) -> CSVDocument {
        let session = try CSVReadSession(reader: self)
        var rows: [Row] = []
        while try session.next() {
            let cells = try session.makeCells()
            if !cells.isEmpty { rows.append(Row(index: session.rowIndex, cells: cells)) }
        }
        return CSVDocument(grid: SheetGrid(name: name, rows: rows), summary: session.summary())
    }

    /// The most bytes the detection sample may grow to.
    static func sampleLimit(_ options: CSVReadOptions) -> Int {
        max(options.sampleBytes, 64, options.maxSampleBytes)
    }

    /// Whether `bytes` hold at least two line breaks (CR, LF or CRLF; quotes are not
    /// considered: a line break in a quoted field only makes the sample grow less).
    static func holdsTwoLines(_ bytes: ArraySlice<UInt8>) -> Bool {
        var breaks = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 10 && previous != 13 || byte == 13 {
                breaks += 1
                if breaks == 2 { return true }
            }
            previous = byte
        }
        return false
    }

    /// The file name without folder and extension: `/data/tilskud 2013.csv` → `tilskud 2013`.
    static func sheetName(forPath path: String) -> String {
        let file = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}

/// A CSV file read completely: its grid and what the pass found.
public struct CSVDocument: Hashable, Sendable {
    /// The rows that hold cells; the sheet's name is the file name without extension.
    public var grid: SheetGrid
    /// Counts, ragged rows and the dialect used.
    public var summary: CSVReadSummary
}
