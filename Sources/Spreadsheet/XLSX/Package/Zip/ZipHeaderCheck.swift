#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which entry of a zip archive has a local file header that disagrees with its record in
/// the central directory (name, compression method or sizes), for the message when libzip
/// finds the archive inconsistent. Two readers may otherwise see two different files: one
/// going by the directory, one by the local headers.
///
/// Only read on that error path, so it is plain: the end-of-directory record is found in
/// the last 64 KiB, then each directory record is compared with the local header it points
/// at. Zip64 archives are not looked into (the message then names no entry).
/// The central directory's record of each entry, read once when an archive is opened, to
/// check an entry's local file header against it before the entry is read: a local header
/// whose name, compression method or sizes (unless it defers them to a data descriptor)
/// disagree with the directory makes a damaged zip
/// (two readers could otherwise see two different files: one going by the directory, as
/// libzip does, one by the local headers). The CRC and times are left to libzip's checksum.
///
/// Plain on purpose: the end-of-directory record is looked for in the last 64 KiB and the
/// directory read in one piece. Zip64 archives and archives whose directory cannot be found
/// this way are not checked here (``records`` is empty); libzip still reads them as ever.
struct ZipHeaderCheck {
    struct Record {
        var name: [UInt8]
        var flags: UInt16
        var method: UInt16
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var localHeaderOffset: Int
    }

    /// The directory records in archive order (libzip's entry indices).
    let records: [Record]
    private let source: PackageSource

    /// Reads the directory of `source`; no records when it cannot be read plainly.
    init(source: PackageSource) {
        self.source = source
        records = ZipHeaderCheck.readDirectory(source) ?? []
    }

    /// The disagreement between entry `index`'s local header and its directory record, as
    /// a sentence; `nil` when they agree (or the entry is not known here).
    func disagreement(at index: Int) -> String? {
        guard records.indices.contains(index) else { return nil }
        let record = records[index]
        var reader = SourceReader(source)
        guard let local = reader.read(at: record.localHeaderOffset, count: 30), u32(local, 0) == 0x0403_4B50 else {
            return "there is no local file header where the zip directory says the entry starts"
        }
        let nameLength = Int(u16(local, 26))
        let localName = reader.read(at: record.localHeaderOffset + 30, count: nameLength) ?? []
        if localName != record.name {
            return "its local file header names '\(String(decoding: localName, as: UTF8.self))'"
        }
        let method = u16(local, 8)
        if method != record.method {
            return "its local file header says compression method \(method), the zip directory \(record.method)"
        }
        let compressed = u32(local, 18)
        let uncompressed = u32(local, 22)
        // With a data descriptor (flag bit 3) the local header's sizes are not the entry's
        // (writers leave them zero, or some of them: the corpus has 0 compressed, 588 not).
        let deferred = u16(local, 6) & 8 != 0
        let zip64 = record.compressedSize == 0xFFFF_FFFF || record.uncompressedSize == 0xFFFF_FFFF
        if !deferred, !zip64, compressed != record.compressedSize || uncompressed != record.uncompressedSize {
            return "its local file header says \(compressed) bytes compressed and \(uncompressed) uncompressed, "
                + "the zip directory \(record.compressedSize) and \(record.uncompressedSize)"
        }
        return nil
    }

    private static func readDirectory(_ source: PackageSource) -> [Record]? {
        var reader = SourceReader(source)
        guard let size = reader.size, size >= 22 else { return nil }
        let tailLength = min(size, 65_557)
        guard let tail = reader.read(at: size - tailLength, count: tailLength) else { return nil }
        var eocd = tail.count - 22
        while eocd >= 0, u32(tail, eocd) != 0x0605_4B50 { eocd -= 1 }
        guard eocd >= 0 else { return nil }
        let count = Int(u16(tail, eocd + 10))
        let directorySize = Int(u32(tail, eocd + 12))
        let directoryOffset = Int(u32(tail, eocd + 16))
        guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, directorySize <= 64 << 20,
            let directory = reader.read(at: directoryOffset, count: directorySize)
        else { return nil }
        var records: [Record] = []
        records.reserveCapacity(count)
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, u32(directory, position) == 0x0201_4B50 else { return nil }
            let nameLength = Int(u16(directory, position + 28))
            let extraLength = Int(u16(directory, position + 30))
            let commentLength = Int(u16(directory, position + 32))
            guard position + 46 + nameLength <= directory.count else { return nil }
            records.append(
                Record(
                    name: Array(directory[(position + 46)..<(position + 46 + nameLength)]),
                    flags: u16(directory, position + 8), method: u16(directory, position + 10),
                    compressedSize: u32(directory, position + 20), uncompressedSize: u32(directory, position + 24),
                    localHeaderOffset: Int(u32(directory, position + 42))))
            position += 46 + nameLength + extraLength + commentLength
        }
        return records
    }

    /// Byte ranges of a package, from memory or a file.
    private struct SourceReader {
        let source: PackageSource
        init(_ source: PackageSource) { self.source = source }

        var size: Int? {
            switch source {
            case .bytes(let storage): return storage.count
            case .file(let path):
                var info = stat()
                return stat(path, &info) == 0 ? Int(info.st_size) : nil
            }
        }

        mutating func read(at offset: Int, count: Int) -> [UInt8]? {
            guard offset >= 0, count >= 0 else { return nil }
            switch source {
            case .bytes(let storage):
                guard offset + count <= storage.count else { return nil }
                return Array(storage.buffer[offset..<(offset + count)])
            case .file(let path):
                guard let handle = fopen(path, "rb") else { return nil }
                defer { fclose(handle) }
                guard fseeko(handle, off_t(offset), SEEK_SET) == 0 else { return nil }
                var out = [UInt8](repeating: 0, count: count)
                let n = out.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, handle) }
                return n == count ? out : nil
            }
        }
    }
}

private func u16(_ bytes: [UInt8], _ i: Int) -> UInt16 {
    UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
}

private func u32(_ bytes: [UInt8], _ i: Int) -> UInt32 {
    UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
}
