/// Text as SpreadsheetML stores it (ECMA-376 `ST_Xstring`): `_xHHHH_` escapes for
/// characters XML cannot carry, and `<t>` whitespace that Excel does not show.
enum XStringText {
    /// Whether `byte` is one of the characters Excel trims from a `<t>` without
    /// `xml:space="preserve"`: space, tab, CR, LF.
    @inline(__always)
    static func isTrimmable(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Removes leading and trailing spaces, tabs, CRs and LFs from `buffer[start...]`.
    static func trim(_ buffer: inout [UInt8], from start: Int) {
        var end = buffer.count
        while end > start && isTrimmable(buffer[end - 1]) { end -= 1 }
        if end < buffer.count { buffer.removeSubrange(end...) }
        var first = start
        while first < end && isTrimmable(buffer[first]) { first += 1 }
        if first > start { buffer.removeSubrange(start..<first) }
    }

    /// The text of UTF-8 `bytes` with `_xHHHH_` escapes decoded: `_x000D_` is CR,
    /// `_x005F_` a literal `_`; escaped UTF-16 surrogate pairs make one
    /// character and an unpaired surrogate becomes U+FFFD.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard mayContainEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let text = String(decoding: bytes, as: UTF8.self)
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            if units[i] == 0x5F, i + 6 < units.count, units[i + 1] == 0x78, units[i + 6] == 0x5F,
                let value = hex4(units, i + 2)
            {
                out.append(value)
                i += 7
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// `decode` for an array.
    static func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    private static func mayContainEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 7 else { return false }
        var i = 0
        let last = bytes.count - 6
        while i < last {
            if bytes[i] == 0x5F && bytes[i + 1] == 0x78 { return true }
            i += 1
        }
        return false
    }

    private static func hex4(_ units: [UInt16], _ start: Int) -> UInt16? {
        var value: UInt16 = 0
        for k in start..<(start + 4) {
            let u = units[k]
            let digit: UInt16
            switch u {
            case 0x30...0x39: digit = u - 0x30
            case 0x41...0x46: digit = u - 0x41 + 10
            case 0x61...0x66: digit = u - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
