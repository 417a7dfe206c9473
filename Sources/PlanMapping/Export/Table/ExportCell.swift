import PlanModel
import Spreadsheet

/// One cell of an exported sheet: its column, its value, an optional live formula and
/// its role.
///
/// For a formula cell, ``value`` is the cached result the plan gives (the value a
/// spreadsheet program shows before it recalculates, and what CSV files hold).
public struct ExportCell: Hashable, Sendable {
    /// Zero-based column.
    public var column: Int
    /// The value; for a formula cell, its cached result (`.empty` when it cannot be
    /// computed, e.g. when a sum does not fit in 64 bits).
    public var value: CellValue
    /// The formula without the leading `=`, e.g. `"SUM(C4:C12)"`.
    public var formula: String?
    /// What the cell is for.
    public var role: ExportCellRole

    /// Creates a cell.
    public init(column: Int, value: CellValue, formula: String? = nil, role: ExportCellRole) {
        self.column = column
        self.value = value
        self.formula = formula
        self.role = role
    }

    /// A text cell.
    public static func text(_ column: Int, _ text: String, _ role: ExportCellRole = .text) -> ExportCell {
        ExportCell(column: column, value: .string(text), role: role)
    }

    /// An amount cell holding `amount` kroner.
    public static func amount(_ column: Int, _ amount: Kroner, _ role: ExportCellRole = .amount) -> ExportCell {
        ExportCell(column: column, value: .integer(amount.value), role: role)
    }

    /// A whole-number cell.
    public static func integer(_ column: Int, _ number: Int, _ role: ExportCellRole) -> ExportCell {
        ExportCell(column: column, value: .integer(Int64(number)), role: role)
    }

    /// A formula cell with its cached amount (`nil`: not computable, left empty).
    public static func computed(_ column: Int, _ formula: String, cached: Kroner?, _ role: ExportCellRole) -> ExportCell {
        ExportCell(column: column, value: cached.map { .integer($0.value) } ?? .empty, formula: formula, role: role)
    }
}
