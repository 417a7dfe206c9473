import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the zip package of a workbook with libzip.
///
/// Entries are added in order and compressed when the archive is closed. Every entry
/// gets the same fixed modification time (1980-01-01 00:00, the zip epoch), so equal
/// input gives byte-identical files.
final class ZipPackageWriter {
    private var archive: OpaquePointer?
    private let path: String
    private let compressionLevel: Int

    /// Opens a new archive at `path` (nothing is written before ``close()``).
    init(path: String, compressionLevel: Int) throws(XLSXWriteError) {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            let message = String(cString: zip_error_strerror(&error))
            zip_error_fini(&error)
            throw XLSXWriteError(.zip(message), file: path)
        }
        self.archive = archive
        self.path = path
        self.compressionLevel = compressionLevel
    }

    deinit { discard() }

    /// Adds an entry holding `bytes`.
    func add(_ name: String, bytes: XMLByteBuffer) throws(XLSXWriteError) {
        guard let archive else { throw XLSXWriteError(.writerClosed) }
        let count = bytes.count
        // libzip frees the copy with free() once it has written the entry.
        guard let copy = malloc(max(count, 1)) else { throw XLSXWriteError(.zip("out of memory"), part: name) }
        if count > 0 { memcpy(copy, bytes.base, count) }
        guard let source = zip_source_buffer(archive, copy, UInt64(count), 1) else {
            free(copy)
            throw zipError(part: name)
        }
        try addEntry(name, source: source)
    }

    /// Adds an entry whose data is the concatenation of `segments`.
    func add(_ name: String, segments: [ZipSegment]) throws(XLSXWriteError) {
        guard let archive else { throw XLSXWriteError(.writerClosed) }
        guard let source = ZipSegmentSource(segments: segments).makeSource(in: archive) else {
            throw zipError(part: name)
        }
        try addEntry(name, source: source)
    }

    private func addEntry(_ name: String, source: OpaquePointer) throws(XLSXWriteError) {
        guard let archive else { throw XLSXWriteError(.writerClosed) }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw zipError(part: name)
        }
        let entry = UInt64(index)
        let method: Int32 = compressionLevel == 0 ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        guard zip_set_file_compression(archive, entry, method, UInt32(compressionLevel)) == 0,
            // 1980-01-01 00:00:00 in MS-DOS form: time 0, date (0 << 9) | (1 << 5) | 1.
            zip_file_set_dostime(archive, entry, 0, 0x21, 0) == 0
        else { throw zipError(part: name) }
    }

    /// Compresses everything and writes the archive.
    func close() throws(XLSXWriteError) {
        guard let archive else { throw XLSXWriteError(.writerClosed) }
        if zip_close(archive) != 0 {
            let error = zipError(part: nil)
            discard()
            throw error
        }
        self.archive = nil
    }

    /// Drops the archive without writing anything.
    func discard() {
        if let archive { zip_discard(archive) }
        archive = nil
    }

    private func zipError(part: String?) -> XLSXWriteError {
        guard let archive else { return XLSXWriteError(.zip("archive closed"), file: path, part: part) }
        let message = String(cString: zip_strerror(archive))
        return XLSXWriteError(.zip(message), file: path, part: part)
    }
}
