import CLibZip
import Foundation

/// A zip bomb built in a few milliseconds: a raw deflate stream that inflates to gigabytes,
/// handed to libzip as already-compressed data so libzip writes the archive around it
/// without compressing anything.
///
/// The stream is two blocks: a stored block with `prefix` (real XML, so the part starts
/// well-formed), then one dynamic-Huffman block that repeats a space: one literal space,
/// then `matches` copies of "258 bytes at distance 1". The block's codes give the
/// length-258 symbol and the distance symbol one bit each, so every match is two zero
/// bits: 258 bytes of output per two bits of input, a ratio of about 1000 (what zlib's
/// best compression of a long run achieves too).
enum HostileDeflateBomb {
    /// Bytes the stream inflates to.
    static func inflatedSize(prefix: [UInt8], matches: Int) -> Int64 {
        Int64(prefix.count) + 1 + 258 * Int64(matches)
    }

    /// The raw deflate stream (RFC 1951).
    static func stream(prefix: [UInt8], matches: Int) -> [UInt8] {
        precondition(prefix.count <= 65_535)
        var bits = BitWriter()
        // Block 1: stored, not final.
        bits.write(0, count: 1)
        bits.write(0, count: 2)
        bits.alignToByte()
        bits.write(UInt32(prefix.count), count: 16)
        bits.write(UInt32(~UInt16(prefix.count)), count: 16)
        bits.append(bytes: prefix)
        // Block 2: dynamic Huffman, final.
        bits.write(1, count: 1)
        bits.write(2, count: 2)
        bits.write(29, count: 5)  // HLIT: 257 + 29 = 286 literal/length codes
        bits.write(0, count: 5)  // HDIST: 1 distance code
        bits.write(14, count: 4)  // HCLEN: 4 + 14 = 18 code length codes
        // Code length code lengths, in RFC order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
        // symbol 18 (a run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        let lengths: [Int: UInt32] = [18: 1, 1: 2, 2: 2]
        for symbol in order { bits.write(lengths[symbol] ?? 0, count: 3) }
        // Canonical codes of that alphabet: 18 → 0, 1 → 10, 2 → 11.
        func zeros(_ n: Int) {  // n zero lengths, 11...138
            bits.writeCode(0b0, length: 1)
            bits.write(UInt32(n - 11), count: 7)
        }
        func length(_ l: Int) { bits.writeCode(l == 1 ? 0b10 : 0b11, length: 2) }
        // Literal/length code lengths: space (32) and end of block (256) 2 bits, length 258 (285) 1 bit.
        zeros(32)
        length(2)  // 32
        zeros(138)
        zeros(85)  // 33...255
        length(2)  // 256
        zeros(28)  // 257...284
        length(1)  // 285
        length(1)  // distance code 0 (distance 1)
        // Canonical literal/length codes: 285 → 0, 32 → 10, 256 → 11; distance 0 → 0.
        bits.writeCode(0b10, length: 2)  // a literal space
        bits.writeZeros(2 * matches)  // the matches
        bits.writeCode(0b11, length: 2)  // end of block
        return bits.bytes
    }

    /// A bit writer, least significant bit first (RFC 1951, 3.1.1).
    struct BitWriter {
        var bytes: [UInt8] = []
        var bitCount = 0

        mutating func write(_ value: UInt32, count: Int) {
            for k in 0..<count { append(bit: (value >> UInt32(k)) & 1 == 1) }
        }

        /// A Huffman code, most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for k in stride(from: length - 1, through: 0, by: -1) { append(bit: (code >> UInt32(k)) & 1 == 1) }
        }

        mutating func writeZeros(_ count: Int) {
            bitCount += count
            let needed = (bitCount + 7) / 8
            if needed > bytes.count { bytes.append(contentsOf: repeatElement(0, count: needed - bytes.count)) }
        }

        mutating func alignToByte() { bitCount = bytes.count * 8 }

        /// Whole bytes, after ``alignToByte()``.
        mutating func append(bytes more: [UInt8]) {
            precondition(bitCount == bytes.count * 8)
            bytes += more
            bitCount = bytes.count * 8
        }

        private mutating func append(bit: Bool) {
            if bitCount == bytes.count * 8 { bytes.append(0) }
            if bit { bytes[bitCount / 8] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }

    /// One entry whose bytes are already deflated, as a libzip source that says so, so
    /// `zip_close` copies it as it is. `crc` is written as given: a reader only sees it
    /// when it inflates the whole entry.
    final class PrecompressedSource {
        let compressed: [UInt8]
        let size: Int64
        let crc: UInt32
        var position = 0

        init(compressed: [UInt8], size: Int64, crc: UInt32 = 0) {
            self.compressed = compressed
            self.size = size
            self.crc = crc
        }
    }

    private static let callback: zip_source_callback = { userdata, data, length, command in
        let source = Unmanaged<PrecompressedSource>.fromOpaque(userdata!).takeUnretainedValue()
        switch command {
        case ZIP_SOURCE_OPEN:
            source.position = 0
            return 0
        case ZIP_SOURCE_READ:
            let n = min(Int(length), source.compressed.count - source.position)
            source.compressed.withUnsafeBytes { raw in
                data!.copyMemory(from: raw.baseAddress! + source.position, byteCount: n)
            }
            source.position += n
            return Int64(n)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            let stat = data!.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.valid = UInt64(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
            stat.pointee.size = UInt64(source.size)
            stat.pointee.comp_size = UInt64(source.compressed.count)
            stat.pointee.comp_method = UInt16(ZIP_CM_DEFLATE)
            stat.pointee.crc = source.crc
            return Int64(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            return 0
        case ZIP_SOURCE_FREE:
            Unmanaged<PrecompressedSource>.fromOpaque(userdata!).release()
            return 0
        case ZIP_SOURCE_SUPPORTS:
            let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
            return commands.reduce(Int64(0)) { $0 | (Int64(1) << Int64($1.rawValue)) }
        default:
            return -1
        }
    }

    /// A zip with `entries` (deflated by libzip as usual) plus `bomb` at `name`.
    static func archive(_ entries: [ZipBuilder.Entry], bomb name: String, prefix: String, inflatingTo size: Int64) -> [UInt8] {
        let prefixBytes = Array(prefix.utf8)
        let matches = Int((size - Int64(prefixBytes.count) - 1) / 258)
        let compressed = stream(prefix: prefixBytes, matches: matches)
        let source = PrecompressedSource(
            compressed: compressed, size: inflatedSize(prefix: prefixBytes, matches: matches))
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let buffer = zip_source_buffer_create(nil, 0, 0, &error)!
        zip_source_keep(buffer)
        let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error)!
        for entry in entries {
            let copy = malloc(max(entry.bytes.count, 1))!
            entry.bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
            }
            let data = zip_source_buffer(archive, copy, UInt64(entry.bytes.count), 1)!
            precondition(zip_file_add(archive, entry.name, data, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0)
        }
        let bomb = zip_source_function(archive, callback, Unmanaged.passRetained(source).toOpaque())!
        precondition(zip_file_add(archive, name, bomb, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0, "bomb entry")
        precondition(zip_close(archive) == 0, "zip_close: \(String(cString: zip_error_strerror(zip_get_error(archive))))")
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        zip_source_stat(buffer, &stat)
        var out = [UInt8](repeating: 0, count: Int(stat.size))
        zip_source_open(buffer)
        _ = out.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress, UInt64($0.count)) }
        zip_source_close(buffer)
        zip_source_free(buffer)
        return out
    }
}
