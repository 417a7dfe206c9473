import Foundation
import Spreadsheet

/// One table of a ``MappingFile``.
public struct TableMapping: Hashable, Sendable, Codable {
    /// The file name (or a pattern with `*`) the table is in; every file when absent.
    public var file: String?
    /// The sheet's name; the first sheet (the CSV's only one) when absent.
    public var sheet: String?
    /// The kind of table.
    public var kind: TableKind
    /// The header row, 1-based (the lower row when the header has two).
    public var headerRow: Int
    /// The first row of the body, 1-based; the row after the header when absent.
    public var firstRow: Int?
    /// The last row of the body, 1-based; found like a detected table's when absent.
    public var lastRow: Int?
    /// The focus area of an area table (else from its title or the sheet's name).
    public var area: Int?
    /// The unit of amounts: `kr.`, `t.kr.` or `mio. kr.` (also `DKK`, `DKK thousands`…);
    /// found like a detected table's when absent.
    public var unit: String?
    /// Which column holds what.
    public var columns: ColumnMapping

    /// Creates a table mapping.
    public init(
        file: String? = nil, sheet: String? = nil, kind: TableKind, headerRow: Int, firstRow: Int? = nil,
        lastRow: Int? = nil, area: Int? = nil, unit: String? = nil, columns: ColumnMapping
    ) {
        self.file = file
        self.sheet = sheet
        self.kind = kind
        self.headerRow = headerRow
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.area = area
        self.unit = unit
        self.columns = columns
    }

    /// Whether the mapping applies to the file at `path` (its name, or the path, matches ``file``).
    public func applies(to path: String) -> Bool {
        guard let pattern = file else { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Glob.matches(pattern, name) || Glob.matches(pattern, path)
    }

    /// The unit a mapping names.
    static func unit(named text: String) -> AmountUnit? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["kr", "kr.", "dkk", "kroner"].contains(trimmed) { return .kroner }
        return HeaderVocabulary.scale(in: text)
    }
}
