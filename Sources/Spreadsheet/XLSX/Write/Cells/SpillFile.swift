#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An anonymous temporary file that sheet XML is spilled to while it is produced.
///
/// The file is created in the temporary folder and unlinked at once, so it has no
/// name: nothing is ever left behind, even when the process dies. It lives as long
/// as its descriptor, which closes when the last reference goes away (after libzip
/// has read it back at close).
final class SpillFile {
    let descriptor: Int32
    /// Bytes written so far.
    private(set) var length = 0

    /// Creates an unlinked temporary file in `directory`.
    init(directory: String) throws(XLSXWriteError) {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8)
        template.append(contentsOf: Array(".plansheets-spill-XXXXXX".utf8))
        template.append(0)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mkstemp($0.baseAddress!) }
        }
        guard fd >= 0 else { throw XLSXWriteError(.fileSystem(operation: "mkstemp", errno: errno)) }
        template.withUnsafeBufferPointer { buffer in
            _ = buffer.withMemoryRebound(to: CChar.self) { unlink($0.baseAddress!) }
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Appends `bytes` at the end of the file.
    func write(_ bytes: UnsafeRawBufferPointer) throws(XLSXWriteError) {
        do {
            try FileOutput.writeAll(descriptor, bytes, path: "spill file")
        } catch {
            throw XLSXWriteError(.fileSystem(operation: "write", errno: error.code))
        }
        length += bytes.count
    }

    /// Reads up to `count` bytes at `offset` into `destination`; returns the number read, or -1.
    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
        while true {
            let got = pread(descriptor, destination, count, off_t(offset))
            if got < 0 && errno == EINTR { continue }
            return got
        }
    }
}
