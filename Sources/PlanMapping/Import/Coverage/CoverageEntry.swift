import PlanModel

/// What became of one figure (a number cell, or a text cell holding an amount) inside a
/// table: used, set aside with a reason, or not understood.
public struct CoverageEntry: Hashable, Sendable {
    /// The three outcomes a figure can have.
    public enum Disposition: Hashable, Sendable {
        /// Taken for the plan (or checked by the rules).
        case used(CoverageUse)
        /// Deliberately left out, for a reason the report gives.
        case setAside(SetAsideReason)
        /// Not understood: the report warns at the cell.
        case notUnderstood(LocalizedText)

        /// `"used"`, `"set-aside"` or `"not-understood"`.
        public var code: String {
            switch self {
            case .used: return "used"
            case .setAside: return "set-aside"
            case .notUnderstood: return "not-understood"
            }
        }
    }

    /// The cell.
    public var cell: SheetCell
    /// The cell's value as shown.
    public var raw: String
    /// What became of it.
    public var disposition: Disposition

    /// Creates an entry.
    public init(cell: SheetCell, raw: String, disposition: Disposition) {
        self.cell = cell
        self.raw = raw
        self.disposition = disposition
    }
}
