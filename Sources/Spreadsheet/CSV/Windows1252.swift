/// The Windows-1252 code page (Danish Windows' 8-bit encoding) to and from Unicode.
///
/// Bytes 0x00–0x7F are ASCII and 0xA0–0xFF are U+00A0–U+00FF (æ ø å Æ Ø Å among them).
/// 0x80–0x9F hold typographic characters (€ ‘ ’ “ ” – —…); the five bytes Windows leaves
/// undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same
/// number, as the WHATWG encoding standard does, so no byte is ever lost.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F.
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of a byte.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        if byte < 0x80 || byte >= 0xA0 { return UInt32(byte) }
        return UInt32(high[Int(byte) - 0x80])
    }

    /// Appends the UTF-8 form of Windows-1252 `bytes` to `output`.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = scalar(byte)
            if value < 0x800 {
                output.append(UInt8(0xC0 | (value >> 6)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (value >> 12)))
                output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
    }

    /// The Windows-1252 byte for a scalar, or `nil` when the code page has none.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 || (value >= 0xA0 && value <= 0xFF) { return UInt8(value) }
        if let index = high.firstIndex(of: UInt16(truncatingIfNeeded: value)), value <= 0xFFFF {
            return UInt8(0x80 + index)
        }
        return nil
    }
}
