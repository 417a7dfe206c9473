#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for sequential reading in chunks; closed when released.
final class ReadableFile {
    let path: String
    private var descriptor: Int32

    init(path: String) throws(FileIOError) {
        self.path = path
        var fd: Int32
        repeat {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileIOError(file: path, operation: .open, code: errno) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            _ = SystemCalls.close(fd)
            throw FileIOError(file: path, operation: .read, code: EISDIR)
        }
        self.descriptor = fd
    }

    deinit {
        if descriptor >= 0 { _ = SystemCalls.close(descriptor) }
    }

    /// Reads up to `buffer.count` bytes; returns 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileIOError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = SystemCalls.read(descriptor, base, buffer.count)
            if n >= 0 { return n }
            let code = errno
            if code == EINTR { continue }
            throw FileIOError(file: path, operation: .read, code: code)
        }
    }
}
