extension XMLByteBuffer {
    /// Bytes below 64 that element text must escape: C0 controls other than tab and
    /// line feed (carriage return included, since XML parsers turn it into a line feed),
    /// `&`, `<` and `>`.
    private static let textMask: UInt64 = {
        var mask: UInt64 = 0
        for byte in 0..<32 where byte != 9 && byte != 10 { mask |= 1 << UInt64(byte) }
        for byte: UInt8 in [38, 60, 62] { mask |= 1 << UInt64(byte) }
        return mask
    }()

    /// Bytes below 64 that attribute values must escape: every C0 control (attribute
    /// values are whitespace-normalised), `"`, `&`, `<` and `>`.
    private static let attributeMask: UInt64 = {
        var mask: UInt64 = 0
        for byte in 0..<32 { mask |= 1 << UInt64(byte) }
        for byte: UInt8 in [34, 38, 60, 62] { mask |= 1 << UInt64(byte) }
        return mask
    }()

    /// Appends `text` as XML element content.
    ///
    /// Characters XML 1.0 cannot hold (C0 controls, U+FFFE, U+FFFF) and carriage
    /// returns are written as the `_xHHHH_` escapes spreadsheet programs decode, and a
    /// literal `_xHHHH_` in the text gets its underscore escaped as `_x005F_` so that it
    /// reads back unchanged.
    func appendEscapedText(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0, mask: Self.textMask, attribute: false) }
    }

    /// Appends `text` as the value of a double-quoted attribute.
    func appendEscapedAttribute(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0, mask: Self.attributeMask, attribute: true) }
    }

    /// Appends UTF-8 `bytes` as element content (see ``appendEscapedText(_:)``).
    func appendEscapedText(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        appendEscaped(bytes, mask: Self.textMask, attribute: false)
    }

    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, mask: UInt64, attribute: Bool) {
        let n = bytes.count
        guard n > 0 else { return }
        let source = bytes.baseAddress!
        var runStart = 0
        var i = 0
        while i < n {
            let byte = source[i]
            let special: Bool
            if byte < 64 {
                special = (mask >> UInt64(byte)) & 1 != 0
            } else {
                special = byte == 0x5F || byte == 0xEF
            }
            if !special {
                i &+= 1
                continue
            }
            // Decide whether this byte really needs an escape, and which.
            switch byte {
            case 0x5F:  // '_': escape only when it starts a literal _xHHHH_
                if !Self.startsHexEscape(source, at: i, count: n) {
                    i &+= 1
                    continue
                }
            case 0xEF:  // U+FFFE and U+FFFF are EF BF BE and EF BF BF
                if !(i + 2 < n && source[i + 1] == 0xBF && (source[i + 2] == 0xBE || source[i + 2] == 0xBF)) {
                    i &+= 1
                    continue
                }
            default:
                break
            }
            append(UnsafeRawBufferPointer(start: source + runStart, count: i - runStart))
            switch byte {
            case 38: append("&amp;")
            case 60: append("&lt;")
            case 62: append("&gt;")
            case 34: append("&quot;")
            case 9 where attribute: append("&#9;")
            case 10 where attribute: append("&#10;")
            case 0x5F:
                append("_x005F_")
            case 0xEF:
                append(source[i + 2] == 0xBE ? "_xFFFE_" : "_xFFFF_")
                i &+= 2
            default:
                appendHexEscape(byte)
            }
            i &+= 1
            runStart = i
        }
        append(UnsafeRawBufferPointer(start: source + runStart, count: n - runStart))
    }

    /// Appends `_x00HH_` for a control character.
    private func appendHexEscape(_ byte: UInt8) {
        let hex: StaticString = "0123456789ABCDEF"
        let digits = hex.utf8Start
        append("_x00")
        reserve(3)
        appendUnchecked(digits[Int(byte >> 4)])
        appendUnchecked(digits[Int(byte & 0xF)])
        appendUnchecked(UInt8(ascii: "_"))
    }

    /// Whether `source[i...]` starts with `_x` + four hex digits + `_`.
    @inline(__always)
    static func startsHexEscape(_ source: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Bool {
        guard i + 6 < n, source[i + 1] == UInt8(ascii: "x") || source[i + 1] == UInt8(ascii: "X"),
            source[i + 6] == 0x5F
        else { return false }
        for k in 2...5 {
            let c = source[i + k]
            let isHex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
            if !isHex { return false }
        }
        return true
    }
}

/// Facts about a piece of text that decide how it is written in a cell.
struct TextFacts {
    /// The length in UTF-16 code units (the unit of Excel's 32,767-character limit)
    /// when the text is longer than the limit; `nil` when it fits.
    var excessLength: Int?
    /// Whether the text begins or ends with whitespace (needs `xml:space="preserve"`).
    var needsPreserve: Bool

    /// Looks at UTF-8 bytes once.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        excessLength = nil
        guard n > 0 else {
            needsPreserve = false
            return
        }
        needsPreserve = TextFacts.isSpace(bytes[0]) || TextFacts.isSpace(bytes[n - 1])
        // UTF-16 units never outnumber UTF-8 bytes: count only when it can matter.
        if n > XLSXFormatLimits.maxTextLength {
            var units = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 { units += 1 }  // a scalar starts here
                if byte >= 0xF0 { units += 1 }  // four-byte scalars take a surrogate pair
            }
            if units > XLSXFormatLimits.maxTextLength { excessLength = units }
        }
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }
}
