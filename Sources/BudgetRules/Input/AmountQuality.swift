import PlanModel

/// How cleanly an amount was read from a cell.
///
/// The mapping layer decides; the budget rules report it (rule 1): ``sloppy(_:)`` and
/// ``ambiguous(_:)`` give an `amount-format` warning, ``invalid(_:)`` an `amount-invalid` error.
/// The reason is shown to the finance officer, in Danish and English.
public enum AmountQuality: Hashable, Sendable {
    /// A number cell, or text that is plainly an amount ("1.490.000"); also an empty cell or "-" (zero).
    case clean
    /// Text that holds an amount written carelessly, e.g. "30.000." or "1.490.000 kr.".
    case sloppy(LocalizedText)
    /// Text that could be read more than one way, e.g. "1.500" (1500 or 1,5?) or "40 t.kr.".
    case ambiguous(LocalizedText)
    /// No whole, non-negative amount could be read, e.g. "ca. 30.000", "12,5" or "#REF!".
    case invalid(LocalizedText)

    /// The reason given for a sloppy, ambiguous or invalid reading.
    public var reason: LocalizedText? {
        switch self {
        case .clean: return nil
        case .sloppy(let text), .ambiguous(let text), .invalid(let text): return text
        }
    }
}
