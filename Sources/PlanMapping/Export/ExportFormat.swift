/// The file formats an export is written in.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// An Excel workbook (`.xlsx`) with styles, formulas and frozen headings.
    case xlsx
    /// CSV as Danish Excel writes it: `;`, UTF-8 with byte-order mark, CR LF, amounts
    /// as plain whole numbers; formulas are replaced by their values.
    case csv

    /// The format a file name's extension names (`.xlsx`, `.csv`, any case), if any.
    public init?(path: String) {
        self.init(rawValue: Self.pathExtension(path).lowercased())
    }

    /// The extension of the file name at the end of `path`, without the dot (`""` when none).
    static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
