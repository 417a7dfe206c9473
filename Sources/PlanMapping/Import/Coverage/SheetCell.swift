import BudgetRules
import Spreadsheet

/// A cell of a partner's file, typed: its sheet and its zero-based row and column. It
/// becomes A1 text (`SourceLocation`) only when a message renders it.
public struct SheetCell: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The sheet's name; `nil` for a CSV file, which has no sheets.
    public var sheet: String?
    /// The cell.
    public var address: CellAddress

    /// Creates a cell position.
    public init(sheet: String?, address: CellAddress) {
        self.sheet = sheet
        self.address = address
    }

    /// Creates a cell position from zero-based row and column indices.
    public init(sheet: String?, row: Int, column: Int) {
        self.init(sheet: sheet, address: CellAddress(row: row, column: column))
    }

    /// The cell as a message names it, in `file`.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: address.a1)
    }

    /// Sheet (none first, then by name), row, column.
    public static func < (a: SheetCell, b: SheetCell) -> Bool {
        if a.sheet != b.sheet { return (a.sheet ?? "") < (b.sheet ?? "") }
        return a.address < b.address
    }

    /// `C12` or `Ark 1 › C12`.
    public var description: String {
        [sheet, address.a1].compactMap { $0 }.joined(separator: " › ")
    }
}
