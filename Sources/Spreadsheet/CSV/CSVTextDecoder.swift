/// Turns field bytes into `String`s in the file's encoding, and settles the encoding of a
/// file whose sample was plain ASCII.
///
/// The parser always sees an ASCII-compatible byte stream: UTF-8 (UTF-16 files are
/// transcoded to UTF-8 before parsing) or the raw bytes of a Windows-1252 file. Because
/// delimiters, quotes and line ends are ASCII in both, only the step from bytes to text
/// depends on the encoding, so a file that looked like ASCII can still turn out to be
/// Windows-1252 at its first non-ASCII byte without re-reading anything.
final class CSVTextDecoder {
    enum Mode: Equatable {
        /// Only ASCII so far: the first non-ASCII field decides between UTF-8 and Windows-1252.
        case undecided
        /// UTF-8 from the file (validated when strings are made).
        case utf8
        /// UTF-8 produced by transcoding UTF-16 (always valid).
        case transcodedUTF8
        /// Windows-1252 bytes.
        case windows1252
    }

    private(set) var mode: Mode
    private var scratch: [UInt8] = []
    /// Whether a file that looked like ASCII turned out to be Windows-1252 (for the summary).
    var switchedToWindows1252: Bool = false

    init(mode: Mode) {
        self.mode = mode
    }

    /// The bytes are valid UTF-8 (as far as the decoder knows), so character columns count UTF-8 scalars.
    var countsUTF8: Bool { mode != .windows1252 }

    /// The text of `bytes`, or `nil` when they are not valid UTF-8 in a file read as UTF-8.
    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        switch mode {
        case .transcodedUTF8:
            return String(decoding: bytes, as: UTF8.self)
        case .utf8:
            guard CSVTextDecoder.isValidUTF8(bytes) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            if CSVTextDecoder.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            scratch.removeAll(keepingCapacity: true)
            Windows1252.transcode(bytes, into: &scratch)
            return String(decoding: scratch, as: UTF8.self)
        case .undecided:
            if CSVTextDecoder.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            if CSVTextDecoder.isValidUTF8(bytes) {
                mode = .utf8
                return String(decoding: bytes, as: UTF8.self)
            }
            mode = .windows1252
            switchedToWindows1252 = true
            return string(bytes)
        }
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
    @inline(__always)
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawPointer(p)
        while index < count {
            // ASCII runs, eight bytes at a time.
            while index + 8 <= count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { return true }
            let lead = p[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            @inline(__always) func continuation(_ offset: Int) -> Bool {
                index + offset < count && p[index + offset] & 0xC0 == 0x80
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = p[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }  // overlong
                if lead == 0xED && second > 0x9F { return false }  // surrogates
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = p[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }  // overlong
                if lead == 0xF4 && second > 0x8F { return false }  // above U+10FFFF
                index += 4
            default:
                return false
            }
        }
        return true
    }

    /// Whether every byte is below 0x80 (eight bytes at a time).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var accumulated: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            accumulated |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        var tail: UInt8 = 0
        while index < count {
            tail |= base[index]
            index += 1
        }
        return (accumulated & 0x8080_8080_8080_8080) == 0 && tail < 0x80
    }
}
