#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a CSV file as the parser sees them, read in chunks.
///
/// It skips the byte-order mark and, for UTF-16 files, transcodes to UTF-8 on the fly
/// (a surrogate pair or a code unit split across two reads is carried over). Unpaired
/// surrogates become U+FFFD and are counted. Other encodings pass through unchanged.
final class CSVInputStream {
    enum Origin {
        case file(ReadableFile)
        case memory([UInt8])
    }

    enum Transcoding {
        case none
        case utf16(bigEndian: Bool)
    }

    private let origin: Origin
    private var memoryPosition = 0
    private var skipRemaining: Int
    private let transcoding: Transcoding
    private var raw = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
    private var rawCapacity = 0
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?
    private var rawAtEnd = false
    /// Unpaired UTF-16 surrogates replaced by U+FFFD so far.
    private(set) var replacementCount = 0
    /// The path, for error messages (nil for in-memory input).
    let path: String?

    init(origin: Origin, path: String?, skip: Int, transcoding: Transcoding) {
        self.origin = origin
        self.path = path
        self.skipRemaining = skip
        self.transcoding = transcoding
    }

    deinit {
        raw.deallocate()
    }

    /// Reads up to `count` bytes (at least 8) into `destination`; returns 0 only at the end of the input.
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(CSVError) -> Int {
        switch transcoding {
        case .none:
            while true {
                let n = try readRaw(into: UnsafeMutableRawBufferPointer(start: destination, count: count))
                if n == 0 { return 0 }
                if skipRemaining == 0 { return n }
                let skipped = min(skipRemaining, n)
                skipRemaining -= skipped
                if skipped < n {
                    memmove(destination, destination + skipped, n - skipped)
                    return n - skipped
                }
            }
        case .utf16(let bigEndian):
            return try readUTF16(into: destination, count: count, bigEndian: bigEndian)
        }
    }

    private func readRaw(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        switch origin {
        case .file(let file):
            do {
                return try file.read(into: buffer)
            } catch {
                throw CSVError(.io(error), file: path)
            }
        case .memory(let bytes):
            let n = min(buffer.count, bytes.count - memoryPosition)
            if n <= 0 { return 0 }
            bytes.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + memoryPosition, byteCount: n)
            }
            memoryPosition += n
            return n
        }
    }

    private func readUTF16(into destination: UnsafeMutablePointer<UInt8>, count: Int, bigEndian: Bool) throws(CSVError) -> Int {
        precondition(count >= 8)
        var written = 0
        // Each code unit needs at most 3 output bytes (a pair: 4 bytes for 2 units).
        while written == 0 {
            if rawAtEnd { return flushPending(into: destination) }
            let wantUnits = max(1, (count - 4) / 3)
            if rawCapacity < wantUnits * 2 {
                raw.deallocate()
                raw = .allocate(capacity: wantUnits * 2)
                rawCapacity = wantUnits * 2
            }
            var have = 0
            if let byte = pendingByte {
                raw[0] = byte
                have = 1
                pendingByte = nil
            }
            let n = try readRaw(into: UnsafeMutableRawBufferPointer(start: raw + have, count: wantUnits * 2 - have))
            if n == 0 {
                rawAtEnd = true
                if have == 1 {
                    // A lone trailing byte cannot be a character.
                    replacementCount += 1
                    written += CSVInputStream.encode(0xFFFD, into: destination + written)
                }
                written += flushPending(into: destination + written)
                return written
            }
            var total = have + n
            var index = 0
            if skipRemaining > 0 {
                let skipped = min(skipRemaining, total)
                skipRemaining -= skipped
                index = skipped
            }
            if (total - index) % 2 == 1 {
                pendingByte = raw[total - 1]
                total -= 1
            }
            while index < total {
                let unit: UInt16 =
                    bigEndian
                    ? UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
                    : UInt16(raw[index + 1]) << 8 | UInt16(raw[index])
                index += 2
                if let high = pendingHighSurrogate {
                    pendingHighSurrogate = nil
                    if unit >= 0xDC00 && unit <= 0xDFFF {
                        let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                        written += CSVInputStream.encode(value, into: destination + written)
                        continue
                    }
                    replacementCount += 1
                    written += CSVInputStream.encode(0xFFFD, into: destination + written)
                }
                if unit >= 0xD800 && unit <= 0xDBFF {
                    pendingHighSurrogate = unit
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    replacementCount += 1
                    written += CSVInputStream.encode(0xFFFD, into: destination + written)
                } else {
                    written += CSVInputStream.encode(UInt32(unit), into: destination + written)
                }
            }
        }
        return written
    }

    private func flushPending(into destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard pendingHighSurrogate != nil else { return 0 }
        pendingHighSurrogate = nil
        replacementCount += 1
        return CSVInputStream.encode(0xFFFD, into: destination)
    }

    /// Writes the UTF-8 form of a scalar value; returns the number of bytes.
    @inline(__always)
    static func encode(_ value: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x80 {
            p[0] = UInt8(value)
            return 1
        } else if value < 0x800 {
            p[0] = UInt8(0xC0 | (value >> 6))
            p[1] = UInt8(0x80 | (value & 0x3F))
            return 2
        } else if value < 0x10000 {
            p[0] = UInt8(0xE0 | (value >> 12))
            p[1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            p[2] = UInt8(0x80 | (value & 0x3F))
            return 3
        } else {
            p[0] = UInt8(0xF0 | (value >> 18))
            p[1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            p[2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            p[3] = UInt8(0x80 | (value & 0x3F))
            return 4
        }
    }
}
