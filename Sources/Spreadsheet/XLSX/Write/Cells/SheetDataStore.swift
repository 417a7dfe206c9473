/// Where a sheet's `<sheetData>` XML goes while rows are appended.
///
/// Rows are written into a memory buffer; once it holds more than `threshold`
/// bytes it is spilled to an anonymous ``SpillFile``, so memory stays flat however
/// large the sheet grows. Small sheets never touch the disk.
final class SheetDataStore {
    let buffer: XMLByteBuffer
    private let threshold: Int
    private let temporaryDirectory: String
    private(set) var file: SpillFile?

    init(threshold: Int, temporaryDirectory: String) {
        self.threshold = threshold
        self.temporaryDirectory = temporaryDirectory
        self.buffer = XMLByteBuffer(capacity: min(threshold, 1 << 16) + 4096)
    }

    /// Spills the buffer when it has grown past the threshold. Call between rows.
    @inline(__always)
    func spillIfNeeded() throws(XLSXWriteError) {
        if buffer.count >= threshold { try spill() }
    }

    /// Writes the buffer to the spill file and empties it.
    func spill() throws(XLSXWriteError) {
        guard buffer.count > 0 else { return }
        if file == nil { file = try SpillFile(directory: temporaryDirectory) }
        try file!.write(buffer.bytes)
        buffer.removeAll()
    }

    /// Drops the data (once the package is written or abandoned): closes the spill file
    /// and frees the buffer.
    func release() {
        file = nil
        buffer.releaseMemory()
    }

    /// Total bytes of sheet data written.
    var totalCount: Int { (file?.length ?? 0) + buffer.count }

    /// The data as zip segments: the spilled part, then what is still in memory.
    func segments() -> [ZipSegment] {
        var result: [ZipSegment] = []
        if let file, file.length > 0 { result.append(.file(file)) }
        if buffer.count > 0 { result.append(.bytes(buffer.makeArray())) }
        return result
    }
}
