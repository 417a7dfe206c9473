import Spreadsheet

/// A range on a named sheet of an exported workbook, as a chart refers to it.
public struct ExportReference: Hashable, Sendable, CustomStringConvertible {
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

    /// The absolute reference with the sheet name quoted: `'Diagram'!$B$3:$E$3`.
    public var formula: String {
        FormulaText.quotedSheetName(sheet) + "!" + FormulaText.absolute(range)
    }

    public var description: String { formula }
}
