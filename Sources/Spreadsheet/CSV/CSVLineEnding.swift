/// How lines end in a CSV file.
public enum CSVLineEnding: String, Hashable, Sendable, CaseIterable {
    /// Carriage return and line feed (`\r\n`): Windows, Excel, RFC 4180.
    case crlf
    /// Line feed (`\n`): Unix, macOS, most libraries.
    case lf
    /// Carriage return alone (`\r`): classic Mac OS, and still some Mac Excel exports.
    case cr

    /// The characters of the line ending.
    public var text: String {
        switch self {
        case .crlf: return "\r\n"
        case .lf: return "\n"
        case .cr: return "\r"
        }
    }

    /// The bytes of the line ending.
    public var bytes: [UInt8] { Array(text.utf8) }
}
