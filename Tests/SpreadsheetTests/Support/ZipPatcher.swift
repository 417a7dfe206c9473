/// Byte surgery on zip archives and OLE headers, to make the broken files the
/// safety tests need (forged sizes, bad checksums, compound documents).
enum ZipPatcher {
    /// Sets the uncompressed size of `name` in both its local header and its
    /// central directory record, leaving the data alone.
    static func settingUncompressedSize(of name: String, to size: UInt32, in bytes: [UInt8]) -> [UInt8] {
        patch(name, in: bytes, localOffset: 22, centralOffset: 24, value: size)
    }

    /// Flips the stored CRC-32 of `name`.
    static func corruptingCRC(of name: String, in bytes: [UInt8]) -> [UInt8] {
        let crc = readUInt32(bytes, at: headerOffset(name, in: bytes, signature: 0x0201_4B50)! + 16)
        return patch(name, in: bytes, localOffset: 14, centralOffset: 16, value: ~crc)
    }

    /// Sets the compressed size of `name` in both its local header and its central
    /// directory record: the entry's data then ends early (its deflate stream cut).
    static func settingCompressedSize(of name: String, to size: UInt32, in bytes: [UInt8]) -> [UInt8] {
        patch(name, in: bytes, localOffset: 18, centralOffset: 20, value: size)
    }

    /// The compressed size the central directory records for `name`.
    static func compressedSize(of name: String, in bytes: [UInt8]) -> UInt32 {
        readUInt32(bytes, at: headerOffset(name, in: bytes, signature: 0x0201_4B50)! + 20)
    }

    /// The uncompressed size the central directory records for `name`.
    static func uncompressedSize(of name: String, in bytes: [UInt8]) -> UInt32 {
        readUInt32(bytes, at: headerOffset(name, in: bytes, signature: 0x0201_4B50)! + 24)
    }

    /// Writes `value` (`width` bytes, little-endian) at `offset` in the local header of `name`
    /// only, so that it disagrees with the central directory.
    static func patchingLocalHeader(of name: String, at offset: Int, width: Int, value: UInt32, in bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        let local = headerOffset(name, in: bytes, signature: 0x0403_4B50)!
        for k in 0..<width { out[local + offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
        return out
    }

    private static func patch(_ name: String, in bytes: [UInt8], localOffset: Int, centralOffset: Int, value: UInt32) -> [UInt8] {
        var out = bytes
        if let local = headerOffset(name, in: bytes, signature: 0x0403_4B50) { write(value, to: &out, at: local + localOffset) }
        if let central = headerOffset(name, in: bytes, signature: 0x0201_4B50) { write(value, to: &out, at: central + centralOffset) }
        return out
    }

    /// The offset of the local (0x04034b50) or central (0x02014b50) header naming `name`.
    private static func headerOffset(_ name: String, in bytes: [UInt8], signature: UInt32) -> Int? {
        let nameBytes = Array(name.utf8)
        let nameOffset = signature == 0x0403_4B50 ? 30 : 46
        let lengthOffset = signature == 0x0403_4B50 ? 26 : 28
        var i = 0
        while i + nameOffset <= bytes.count {
            if readUInt32(bytes, at: i) == signature {
                let length = Int(bytes[i + lengthOffset]) | Int(bytes[i + lengthOffset + 1]) << 8
                if length == nameBytes.count, i + nameOffset + length <= bytes.count,
                    Array(bytes[(i + nameOffset)..<(i + nameOffset + length)]) == nameBytes
                {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    private static func readUInt32(_ bytes: [UInt8], at i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }

    private static func write(_ value: UInt32, to bytes: inout [UInt8], at i: Int) {
        for k in 0..<4 { bytes[i + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
    }

    /// A fake OLE compound document: the magic, then directory-like entries
    /// holding `names` in UTF-16LE (all a classifier may look at).
    static func compoundDocument(holding names: String...) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += [UInt8](repeating: 0, count: 504)
        for name in names {
            var entry = [UInt8](repeating: 0, count: 128)
            for (k, unit) in name.utf16.enumerated() where k < 31 {
                entry[2 * k] = UInt8(unit & 0xFF)
                entry[2 * k + 1] = UInt8(unit >> 8)
            }
            bytes += entry
        }
        return bytes
    }
}
