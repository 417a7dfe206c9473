import CLibZip

/// A read-only zip archive opened through libzip, with its entries indexed by
/// part name (case-insensitive, `\` read as `/`).
///
/// Not thread-safe: one archive serves one read. ``XLSXWorkbook`` opens a fresh
/// archive for each sheet it reads, which keeps the workbook value `Sendable`.
final class ZipArchive {
    let handle: OpaquePointer
    let source: PackageSource
    let options: XLSXReadOptions
    /// Entry index by ``PartName/key(_:)``.
    private var entries: [String: UInt64] = [:]
    /// Entry names as stored, in archive order.
    private(set) var entryNames: [String] = []
    /// The directory records, to check each entry's local header before it is read.
    private(set) lazy var headerCheck = ZipHeaderCheck(source: source)

    /// Opens `source`. Fails with `.notAZip`, `.corruptZip`, `.unreadableFile`,
    /// `.invalidPackage` (names differing only by case) or `.limitExceeded`.
    init(source: PackageSource, options: XLSXReadOptions) throws(XLSXError) {
        self.source = source
        self.options = options
        let file = source.path
        var opened: OpaquePointer?
        switch source {
        case .file(let path):
            var code: Int32 = 0
            opened = zip_open(path, ZIP_RDONLY, &code)
            if opened == nil {
                throw ZipArchive.openError(code: code, file: file, startsLikeZip: ZipArchive.startsWithLocalHeader(source))
            }
        case .bytes(let storage):
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            guard let zipSource = zip_source_buffer_create(storage.base, UInt64(storage.count), 0, &error) else {
                throw XLSXError(.unreadableFile, detail: String(cString: zip_error_strerror(&error)))
            }
            opened = zip_open_from_source(zipSource, ZIP_RDONLY, &error)
            if opened == nil {
                zip_source_free(zipSource)
                throw ZipArchive.openError(
                    code: zip_error_code_zip(&error), file: nil, startsLikeZip: ZipArchive.startsWithLocalHeader(source))
            }
        }
        handle = opened!
        // From here on `deinit` closes the handle, also when `init` throws.

        let count = zip_get_num_entries(handle, 0)
        guard count >= 0 else {
            throw XLSXError(.corruptZip, file: file)
        }
        if count > Int64(options.limits.maxEntries) {
            throw XLSXError(
                .limitExceeded(.entryCount), file: file,
                detail: "\(count) entries, limit \(options.limits.maxEntries)")
        }
        var total: Int64 = 0
        entryNames.reserveCapacity(Int(count))
        for index in 0..<UInt64(count) {
            guard let cName = zip_get_name(handle, index, 0) else { continue }
            let name = String(cString: cName)
            entryNames.append(name)
            let key = PartName.key(name)
            if let previous = entries[key] {
                let other = entryNames.indices.contains(Int(previous)) ? entryNames[Int(previous)] : key
                throw XLSXError(
                    .invalidPackage, file: file, part: name,
                    detail: "two entries, '\(other)' and '\(name)', name the same part (names are case-insensitive)")
            }
            entries[key] = index
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            if zip_stat_index(handle, index, 0, &stat) == 0, stat.valid & UInt64(ZIP_STAT_SIZE) != 0 {
                total = total &+ Int64(clamping: stat.size)
            }
        }
        if total > options.limits.maxTotalUncompressedSize {
            throw XLSXError(
                .limitExceeded(.totalSize), file: file,
                detail: "\(total) bytes declared, limit \(options.limits.maxTotalUncompressedSize)")
        }
    }

    deinit { zip_discard(handle) }

    /// The entry of `part`: by its name, or else by its percent-decoded name
    /// (relationship targets are URIs: `sheet%201.xml` is the part `sheet 1.xml`).
    /// A part above the package root (`../evil.xml`) is never found, even when an entry is
    /// named so: relationships cannot reach outside the package.
    private func index(of part: String) -> UInt64? {
        if let index = lookup(part) { return index }
        guard part.contains("%"), let decoded = PartName.percentDecoded(part) else { return nil }
        return lookup(decoded)
    }

    private func lookup(_ part: String) -> UInt64? {
        let key = PartName.key(part)
        if PartName.isOutsidePackage(PartName.normalize(key)) { return nil }
        return entries[key]
    }

    /// Whether the archive holds `part`.
    func contains(_ part: String) -> Bool { index(of: part) != nil }

    /// Opens `part` for streaming; `nil` when the archive has no such part.
    func openPart(_ part: String) throws(XLSXError) -> ZipEntryStream? {
        guard let index = index(of: part) else { return nil }
        return try ZipEntryStream(archive: self, index: index, part: entryNames[Int(index)])
    }

    /// Reads a whole (small) part, at most `maxBytes` of it; `nil` when absent.
    func readPart(_ part: String, maxBytes: Int) throws(XLSXError) -> [UInt8]? {
        guard let stream = try openPart(part) else { return nil }
        var out: [UInt8] = []
        let chunkSize = 16 * 1024
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { chunk.deallocate() }
        while out.count < maxBytes {
            let n = try stream.read(into: chunk, count: chunkSize)
            if n == 0 { break }
            out.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: n))
        }
        return out.count > maxBytes ? Array(out.prefix(maxBytes)) : out
    }

    /// Whether the package starts with a zip local file header, `PK\u{3}\u{4}`.
    static func startsWithLocalHeader(_ source: PackageSource) -> Bool {
        let magic = SpreadsheetFormat.zipSignatures[0]
        switch source {
        case .bytes(let storage):
            return storage.count >= 4 && Array(storage.buffer.prefix(4)) == magic
        case .file(let path):
            guard var reader = FileChunkReader(path: path) else { return false }
            var prefix = [UInt8](repeating: 0, count: 4)
            let n = prefix.withUnsafeMutableBytes { reader.read(into: $0.baseAddress!, count: 4) }
            return n == 4 && prefix == magic
        }
    }

    /// The error for a failed `zip_open`. A file that starts with a zip entry header but
    /// that libzip calls "not a zip" has lost its end, where the zip directory is (a cut-off
    /// download or copy): that is a damaged zip, not some other kind of file.
    static func openError(code: Int32, file: String?, startsLikeZip: Bool = false) -> XLSXError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let message = String(cString: zip_error_strerror(&error))
        switch code {
        case ZIP_ER_NOZIP where startsLikeZip:
            return XLSXError(
                .corruptZip, file: file,
                detail: "the end of the zip archive, with its directory, is missing: the file is probably cut off")
        case ZIP_ER_NOZIP: return XLSXError(.notAZip, file: file, detail: message)
        case ZIP_ER_NOENT, ZIP_ER_OPEN, ZIP_ER_READ, ZIP_ER_SEEK: return XLSXError(.unreadableFile, file: file, detail: message)
        default: return XLSXError(.corruptZip, file: file, detail: message)
        }
    }
}
