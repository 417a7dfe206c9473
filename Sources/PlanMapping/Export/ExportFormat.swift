/// The file formats an export is written in.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// An Excel workbook (`.xlsx`) with styles, formulas and frozen headings.
    case xlsx
    /// CSV as Danish Excel writes it: `;`, UTF-8 with byte-order mark, CR LF, amounts
    /// as plain whole numbers; formulas are replaced by their values.
    case csv

    /// The format a file name's extension names (`.xlsx`, `.csv`, any case), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
