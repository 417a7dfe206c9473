/// Byte surgery on zip archives for the hostile-input tests (``ZipPatcher`` has more).
enum HostileZipSurgery {
    static let localSignature: UInt32 = 0x0403_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let endSignature: UInt32 = 0x0605_4B50

    /// Sets the stored CRC-32 of `name` in its local header and its central directory record.
    static func settingCRC(of name: String, to crc: UInt32, in bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        if let local = headerOffset(name, in: bytes, signature: localSignature) { write(crc, to: &out, at: local + 14) }
        if let central = headerOffset(name, in: bytes, signature: centralSignature) { write(crc, to: &out, at: central + 16) }
        return out
    }

    /// Sets both entry counts of the end-of-central-directory record (without touching the directory).
    static func settingEntryCount(to count: UInt16, in bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = bytes.count - 22
        while i >= 0 && readUInt32(bytes, at: i) != endSignature { i -= 1 }
        precondition(i >= 0, "no end of central directory record")
        for offset in [8, 10] {
            out[i + offset] = UInt8(count & 0xFF)
            out[i + offset + 1] = UInt8(count >> 8)
        }
        return out
    }

    /// Replaces the name of entry `name` (same length) in its local header and central record.
    static func renaming(_ name: String, to newName: String, in bytes: [UInt8]) -> [UInt8] {
        precondition(name.utf8.count == newName.utf8.count)
        var out = bytes
        for (signature, nameOffset) in [(localSignature, 30), (centralSignature, 46)] {
            if let header = headerOffset(name, in: bytes, signature: signature) {
                for (k, byte) in newName.utf8.enumerated() { out[header + nameOffset + k] = byte }
            }
        }
        return out
    }

    /// The offset of the local or central header naming `name`.
    static func headerOffset(_ name: String, in bytes: [UInt8], signature: UInt32) -> Int? {
        let nameBytes = Array(name.utf8)
        let nameOffset = signature == localSignature ? 30 : 46
        let lengthOffset = signature == localSignature ? 26 : 28
        var i = 0
        while i + nameOffset + nameBytes.count <= bytes.count {
            if readUInt32(bytes, at: i) == signature {
                let length = Int(bytes[i + lengthOffset]) | Int(bytes[i + lengthOffset + 1]) << 8
                if length == nameBytes.count && Array(bytes[(i + nameOffset)..<(i + nameOffset + length)]) == nameBytes {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    static func readUInt32(_ bytes: [UInt8], at i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }

    static func write(_ value: UInt32, to bytes: inout [UInt8], at i: Int) {
        for k in 0..<4 { bytes[i + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
    }
}
