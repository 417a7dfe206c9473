/// Writes CSV files atomically (through ``AtomicFileWriter``): a reader of the path sees
/// the old file or the complete new one, never a half-written one.
///
/// ```swift
/// try CSVWriter.write(grid, to: "plan.csv", options: .danishExcel)
///
/// let writer = try CSVWriter(path: "plan.csv", options: .rfc4180)   // streaming
/// try writer.write([.string("Aktivitet"), .string("Beløb")])
/// try writer.write(row)                                             // Row, at its index
/// try writer.finish()
/// ```
///
/// Rows are written at their index: a gap in the indices becomes empty lines, so reading
/// the file back gives the same row indices. See ``CSVWriteOptions`` for how values look.
public final class CSVWriter {
    /// The options in use.
    public let options: CSVWriteOptions
    /// The file being written.
    public let path: String
    private let encoder: CSVEncoder
    private let file: AtomicFileWriter
    private var buffer: [UInt8] = []
    private var nextRow = 0
    private var finished = false

    /// Starts writing `path` (a temporary file in the same folder until ``finish()``).
    public init(path: String, options: CSVWriteOptions = .danishExcel) throws(CSVError) {
        try options.validate()
        self.options = options
        self.path = path
        self.encoder = CSVEncoder(options: options)
        do {
            self.file = try AtomicFileWriter(path: path)
        } catch {
            throw CSVError(.io(error), file: path)
        }
        buffer = encoder.fileStart
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !finished { file.abandon() }
    }

    /// Writes a row at its index (empty lines fill a gap; an index already passed is an error).
    public func write(_ row: Row, minimumFieldCount: Int = 0) throws(CSVError) {
        guard row.index >= nextRow else {
            throw CSVError(.rowOutOfOrder(index: row.index, after: nextRow - 1), file: path)
        }
        while nextRow < row.index {
            buffer.append(contentsOf: encoder.lineEnding)
            nextRow += 1
        }
        encoder.encode(row, into: &buffer, minimumFieldCount: minimumFieldCount, isFirstLine: nextRow == 0)
        nextRow += 1
        try flushIfFull()
    }

    /// Writes values as the next row.
    public func write(_ values: [CellValue]) throws(CSVError) {
        encoder.encode(values, into: &buffer, isFirstLine: nextRow == 0)
        nextRow += 1
        try flushIfFull()
    }

    /// Writes texts as the next row (each is `.string`, so the formula guard applies).
    public func write(fields: [String]) throws(CSVError) {
        try write(fields.map { CellValue.string($0) })
    }

    /// Finishes the file: flushes, syncs, and renames it into place.
    public func finish() throws(CSVError) {
        precondition(!finished, "CSVWriter: finish called twice")
        finished = true
        do {
            try file.write(buffer)
            buffer.removeAll()
            try file.commit()
        } catch {
            file.abandon()
            throw CSVError(.io(error), file: path)
        }
    }

    /// Stops writing: the temporary file is removed and an existing file at ``path`` is untouched.
    public func abandon() {
        finished = true
        file.abandon()
    }

    private func flushIfFull() throws(CSVError) {
        guard buffer.count >= 1 << 16 else { return }
        do {
            try file.write(buffer)
        } catch {
            abandon()
            throw CSVError(.io(error), file: path)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes rows (at their indices) to `path`.
    public static func write(_ rows: some Sequence<Row>, to path: String, options: CSVWriteOptions = .danishExcel) throws(CSVError) {
        let writer = try CSVWriter(path: path, options: options)
        for row in rows { try writer.write(row) }
        try writer.finish()
    }

    /// Writes a grid to `path`; every row gets as many fields as the grid is wide.
    public static func write(_ grid: SheetGrid, to path: String, options: CSVWriteOptions = .danishExcel) throws(CSVError) {
        let width = grid.usedRange.map { $0.end.column + 1 } ?? 0
        let writer = try CSVWriter(path: path, options: options)
        for row in grid.rows { try writer.write(row, minimumFieldCount: width) }
        try writer.finish()
    }

    /// The bytes of a whole file for `rows`, in memory.
    public static func encode(_ rows: some Sequence<Row>, options: CSVWriteOptions = .danishExcel) throws(CSVError) -> [UInt8] {
        try options.validate()
        let encoder = CSVEncoder(options: options)
        var output = encoder.fileStart
        var next = 0
        for row in rows {
            guard row.index >= next else { throw CSVError(.rowOutOfOrder(index: row.index, after: next - 1)) }
            while next < row.index {
                output.append(contentsOf: encoder.lineEnding)
                next += 1
            }
            encoder.encode(row, into: &output, isFirstLine: next == 0)
            next += 1
        }
        return output
    }
}
