/// The character encoding of a CSV file.
///
/// The reader recognises UTF-8 (with or without a byte-order mark), UTF-16 in either
/// byte order (Excel's "Unicode text", normally with a byte-order mark and tab-delimited)
/// and Windows-1252, the 8-bit code page of Danish Windows, which is used when the
/// bytes are not valid UTF-8.
public enum CSVEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8 (plain ASCII files are reported as UTF-8).
    case utf8
    /// UTF-16, little-endian.
    case utf16LittleEndian
    /// UTF-16, big-endian.
    case utf16BigEndian
    /// Windows-1252 (Western European, a superset of ISO 8859-1 printable characters).
    case windows1252

    /// The byte-order mark this encoding writes at the start of a file.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: return [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: return [0xFF, 0xFE]
        case .utf16BigEndian: return [0xFE, 0xFF]
        case .windows1252: return []
        }
    }

    /// The name used in dumps and messages, following Python's codec names:
    /// `utf-8`, `utf-8-sig` (UTF-8 with a byte-order mark), `utf-16-le`, `utf-16-be`, `windows-1252`.
    public func name(byteOrderMark: Bool) -> String {
        switch self {
        case .utf8: return byteOrderMark ? "utf-8-sig" : "utf-8"
        case .utf16LittleEndian: return "utf-16-le"
        case .utf16BigEndian: return "utf-16-be"
        case .windows1252: return "windows-1252"
        }
    }
}
