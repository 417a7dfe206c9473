import CLibZip

/// One zip entry being inflated, read in chunks, with the bomb limits
/// enforced on the bytes actually produced.
final class ZipEntryStream {
    /// The entry's name as stored in the archive.
    let part: String
    private let archive: ZipArchive
    private let file: OpaquePointer
    private let compressedSize: Int64
    /// The uncompressed size the zip directory declares (0 when it declares none).
    let declaredSize: Int64
    private var produced: Int64 = 0
    private var finished = false

    init(archive: ZipArchive, index: UInt64, part: String) throws(XLSXError) {
        self.archive = archive
        self.part = part
        let limits = archive.options.limits
        let path = archive.source.path
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive.handle, index, 0, &stat) == 0 else {
            throw XLSXError(.corruptZip, file: path, part: part, detail: "cannot read the entry's directory record")
        }
        let declared = stat.valid & UInt64(ZIP_STAT_SIZE) != 0 ? Int64(clamping: stat.size) : 0
        declaredSize = declared
        compressedSize = stat.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? Int64(clamping: stat.comp_size) : declared
        if declared > limits.maxUncompressedEntrySize {
            throw XLSXError(
                .limitExceeded(.entrySize), file: path, part: part,
                detail: "\(declared) bytes declared, limit \(limits.maxUncompressedEntrySize)")
        }
        if limits.exceedsRatio(uncompressed: declared, compressed: compressedSize) {
            throw XLSXError(
                .limitExceeded(.compressionRatio), file: path, part: part,
                detail: "\(declared) bytes from \(compressedSize) declared, limit ratio \(limits.maxCompressionRatio)")
        }
        guard let opened = zip_fopen_index(archive.handle, index, 0) else {
            let code = zip_error_code_zip(zip_get_error(archive.handle))
            let message = String(cString: zip_strerror(archive.handle))
            switch code {
            case ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD, ZIP_ER_ENCRNOTSUPP:
                throw XLSXError(.encryptedWorkbook, file: path, part: part, detail: message)
            case ZIP_ER_COMPNOTSUPP:
                throw XLSXError(.unsupportedFormat, file: path, part: part, detail: message)
            default:
                throw XLSXError(.corruptZip, file: path, part: part, detail: message)
            }
        }
        file = opened
    }

    deinit { zip_fclose(file) }

    /// Reads the rest of the entry to let libzip verify its checksum; the
    /// checksum error if there is one. Used when a part's XML is malformed, to
    /// report damaged data as what it is.
    func checksumErrorAtEnd() -> XLSXError? {
        guard archive.options.verifiesChecksums else { return nil }
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { scratch.deallocate() }
        while true {
            do {
                if try read(into: scratch, count: 1 << 16) == 0 { return nil }
            } catch {
                return error.kind == .checksumMismatch ? error : nil
            }
        }
    }

    /// Reads up to `count` inflated bytes into `buffer`; returns 0 at the end of the entry.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(XLSXError) -> Int {
        if finished { return 0 }
        let n = zip_fread(file, buffer, UInt64(count))
        if n < 0 {
            let code = zip_error_code_zip(zip_file_get_error(file))
            let message = String(cString: zip_file_strerror(file))
            if code == ZIP_ER_CRC {
                // The data has all been delivered; only the stored checksum disagrees.
                finished = true
                if archive.options.verifiesChecksums {
                    throw XLSXError(.checksumMismatch, file: archive.source.path, part: part, detail: message)
                }
                return 0
            }
            throw XLSXError(.corruptZip, file: archive.source.path, part: part, detail: message)
        }
        if n == 0 {
            finished = true
            return 0
        }
        produced += n
        let limits = archive.options.limits
        if produced > limits.maxUncompressedEntrySize {
            throw XLSXError(
                .limitExceeded(.entrySize), file: archive.source.path, part: part,
                detail: "more than \(limits.maxUncompressedEntrySize) bytes when inflated")
        }
        if limits.exceedsRatio(uncompressed: produced, compressed: compressedSize) {
            throw XLSXError(
                .limitExceeded(.compressionRatio), file: archive.source.path, part: part,
                detail: "\(produced) bytes from \(compressedSize) compressed, limit ratio \(limits.maxCompressionRatio)")
        }
        return Int(n)
    }
}
