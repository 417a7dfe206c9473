/// A range on a named sheet, as formulas, charts and defined names refer to it:
/// `'Oversigt'!$B$2:$B$9`.
public struct SheetReference: Sendable, Hashable, CustomStringConvertible {
    /// The sheet's name.
    public var sheet: String
    /// The cells.
    public var range: CellRange

    /// A range on `sheet`.
    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// A single cell on `sheet`.
    public init(sheet: String, cell: CellAddress) {
        self.init(sheet: sheet, range: CellRange(start: cell, end: cell))
    }

    /// A range given in A1 form (`"B2:B9"`); `nil` when it does not parse.
    public init?(sheet: String, _ a1: String) {
        guard let range = CellRange(a1) else { return nil }
        self.init(sheet: sheet, range: range)
    }

    /// The sheet name quoted for use in a formula: `'Plan 2013'`, with `'` doubled.
    public static func quotedSheetName(_ sheet: String) -> String {
        "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The absolute reference: `'Sheet'!$A$1:$B$4` (or `'Sheet'!$A$1` for one cell).
    public var formula: String {
        let start = "$" + CellAddress.columnName(range.start.column) + "$" + String(range.start.row + 1)
        if range.start == range.end { return Self.quotedSheetName(sheet) + "!" + start }
        let end = "$" + CellAddress.columnName(range.end.column) + "$" + String(range.end.row + 1)
        return Self.quotedSheetName(sheet) + "!" + start + ":" + end
    }

    /// Same as ``formula``.
    public var description: String { formula }
}

extension String {
    /// `replacingOccurrences` without Foundation, for the few places that need it.
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
