#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small file checks that need no reader.
enum FileBytes {
    /// Whether the file starts with a zip archive's signature (`PK\u{3}\u{4}`).
    static func startsWithZipSignature(path: String) -> Bool {
        guard let handle = fopen(path, "rb") else { return false }
        defer { fclose(handle) }
        var bytes = [UInt8](repeating: 0, count: 4)
        let count = fread(&bytes, 1, 4, handle)
        return count == 4 && bytes == [0x50, 0x4B, 0x03, 0x04]
    }
}
