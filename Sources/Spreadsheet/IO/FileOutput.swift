#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered byte sink on an open file descriptor.
///
/// Writers append bytes with the `write` methods; the bytes go to the file when the
/// buffer fills and on ``flush()``. `FileOutput` does not own the descriptor: the
/// ``AtomicFileWriter`` that hands it out opens and closes it.
public struct FileOutput {
    /// The path of the file being written (for error messages; the temporary file for atomic writes).
    public let path: String
    let descriptor: Int32
    var buffer: [UInt8]
    let bufferCapacity: Int
    /// Bytes handed to `write` so far (written or still buffered).
    public private(set) var byteCount: Int = 0

    init(descriptor: Int32, path: String, bufferCapacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.path = path
        self.bufferCapacity = max(bufferCapacity, 64)
        self.buffer = []
        self.buffer.reserveCapacity(self.bufferCapacity)
    }

    /// Appends raw bytes.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(FileIOError) {
        byteCount += bytes.count
        if buffer.count + bytes.count <= bufferCapacity {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        if bytes.count >= bufferCapacity {
            try FileOutput.writeAll(descriptor, bytes, path: path)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends the bytes of an array.
    public mutating func write(_ bytes: [UInt8]) throws(FileIOError) {
        try SystemCalls.withBytes(of: bytes) { raw throws(FileIOError) in try write(raw) }
    }

    /// Appends the UTF-8 bytes of a string.
    public mutating func write(_ text: String) throws(FileIOError) {
        var text = text
        let result: Result<Void, FileIOError> = text.withUTF8 { utf8 in
            do throws(FileIOError) {
                try write(UnsafeRawBufferPointer(utf8))
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Appends one byte.
    public mutating func write(byte: UInt8) throws(FileIOError) {
        if buffer.count >= bufferCapacity { try flush() }
        buffer.append(byte)
        byteCount += 1
    }

    /// Sends the buffered bytes to the file (it does not `fsync`).
    public mutating func flush() throws(FileIOError) {
        guard !buffer.isEmpty else { return }
        let fd = descriptor
        let path = path
        try SystemCalls.withBytes(of: buffer) { raw throws(FileIOError) in
            try FileOutput.writeAll(fd, raw, path: path)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileIOError) {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let n = SystemCalls.write(fd, base, remaining)
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                throw FileIOError(file: path, operation: .write, code: code)
            }
            if n == 0 { throw FileIOError(file: path, operation: .write, code: EIO) }
            remaining -= n
            base += n
        }
    }
}
