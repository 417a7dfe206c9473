/// Where a parse takes a zip entry's inflated bytes from, chunk by chunk: the entry itself
/// (``DirectChunks``) or a thread inflating ahead (``ReadAheadStream``).
protocol XMLChunkSource {
    /// The next chunk, valid until the next call; `nil` at the end of the entry.
    mutating func nextChunk() throws(XLSXError) -> UnsafeRawBufferPointer?
    /// The checksum error of the entry when its data is damaged (reading it to its end):
    /// damaged data explains a parse error better than its consequences.
    func checksumErrorAtEnd() -> XLSXError?
}

/// Chunks read from the entry on the caller's thread into one reused buffer.
struct DirectChunks: XMLChunkSource {
    private let stream: ZipEntryStream
    private let buffer: UnsafeMutableRawBufferPointer

    /// Reads `stream` in chunks of `chunkSize`; ``deallocate()`` frees the buffer.
    init(_ stream: ZipEntryStream, chunkSize: Int) {
        self.stream = stream
        buffer = .allocate(byteCount: chunkSize, alignment: 16)
    }

    func deallocate() { buffer.deallocate() }

    mutating func nextChunk() throws(XLSXError) -> UnsafeRawBufferPointer? {
        let n = try stream.read(into: buffer.baseAddress!, count: buffer.count)
        return n == 0 ? nil : UnsafeRawBufferPointer(rebasing: buffer[0..<n])
    }

    func checksumErrorAtEnd() -> XLSXError? { stream.checksumErrorAtEnd() }
}

extension ReadAheadStream: XMLChunkSource {
    func nextChunk() throws(XLSXError) -> UnsafeRawBufferPointer? { try next() }
}
