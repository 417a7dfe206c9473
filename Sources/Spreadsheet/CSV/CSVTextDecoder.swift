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
            return String(validating: bytes, as: UTF8.self)
        case .windows1252:
            if CSVTextDecoder.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            scratch.removeAll(keepingCapacity: true)
            Windows1252.transcode(bytes, into: &scratch)
            return String(decoding: scratch, as: UTF8.self)
        case .undecided:
            if CSVTextDecoder.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            if let text = String(validating: bytes, as: UTF8.self) {
                mode = .utf8
                return text
            }
            mode = .windows1252
            switchedToWindows1252 = true
            return string(bytes)
        }
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
