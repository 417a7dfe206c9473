#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a package's bytes come from: a file on disk or a buffer in memory.
enum PackageSource: Sendable {
    case file(String)
    case bytes(ByteStorage)

    /// The path, for error messages; `nil` for in-memory packages.
    var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}

/// An immutable copy of a package's bytes at a stable address, as libzip needs
/// for a buffer source. Never mutated after `init`, so safe to share.
final class ByteStorage: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let count: Int

    init(copying bytes: [UInt8]) {
        count = bytes.count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
        bytes.withUnsafeBytes { raw in
            if let src = raw.baseAddress { base.copyMemory(from: src, byteCount: count) }
        }
    }

    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    deinit { base.deallocate() }
}

/// Reads a file's bytes in chunks through the C library (used before libzip
/// sees the file: to tell empty files, OLE containers and zips apart).
struct FileChunkReader: ~Copyable {
    private let handle: UnsafeMutablePointer<FILE>

    init?(path: String) {
        guard let handle = fopen(path, "rb") else { return nil }
        self.handle = handle
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file.
    mutating func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        fread(buffer, 1, count, handle)
    }

    deinit { fclose(handle) }
}
