import PlanModel
import Spreadsheet

/// Something about a table's layout that detection could not settle, at the cell it
/// concerns: a year written in two digits with nothing to place it by, a second column
/// for the same year. An error means figures of the table are not read.
public struct LayoutNote: Hashable, Sendable {
    /// How serious it is.
    public var severity: ImportProblem.Severity
    /// The cell (in the sheet as the user sees it).
    public var cell: CellAddress
    /// What, in Danish and English.
    public var message: LocalizedText

    /// Creates a note.
    public init(severity: ImportProblem.Severity, cell: CellAddress, message: LocalizedText) {
        self.severity = severity
        self.cell = cell
        self.message = message
    }
}
