import CLibZip
import Foundation

/// Builds zip archives in memory with libzip, for tests that make their own workbooks.
enum ZipBuilder {
    /// One entry: its name, bytes, and whether to deflate it (else store it).
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var deflate = true

        init(_ name: String, _ text: String, deflate: Bool = true) {
            self.name = name
            self.bytes = Array(text.utf8)
            self.deflate = deflate
        }

        init(_ name: String, bytes: [UInt8], deflate: Bool = true) {
            self.name = name
            self.bytes = bytes
            self.deflate = deflate
        }
    }

    /// The bytes of a zip holding `entries` in order.
    static func archive(_ entries: [Entry]) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let source = zip_source_buffer_create(nil, 0, 0, &error)!
        zip_source_keep(source)
        let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error)!
        for entry in entries {
            // libzip frees the copy once the archive is written.
            let copy = malloc(max(entry.bytes.count, 1))!
            entry.bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
            }
            let data = zip_source_buffer(archive, copy, UInt64(entry.bytes.count), 1)!
            let index = zip_file_add(archive, entry.name, data, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
            precondition(index >= 0, "zip_file_add failed for \(entry.name)")
            zip_set_file_compression(archive, UInt64(index), entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0)
        }
        precondition(zip_close(archive) == 0, "zip_close failed")
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        zip_source_stat(source, &stat)
        var out = [UInt8](repeating: 0, count: Int(stat.size))
        zip_source_open(source)
        _ = out.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64($0.count)) }
        zip_source_close(source)
        zip_source_free(source)
        return out
    }
}
