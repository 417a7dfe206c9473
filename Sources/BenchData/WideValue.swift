/// One cell of the benchmark's wide sheet, typed as the harness types it.
public enum WideValue: Hashable, Sendable {
    /// No cell.
    case empty
    /// An integer (written as a number).
    case integer(Int64)
    /// A floating-point number.
    case number(Double)
    /// Text.
    case text(String)
    /// A date as an Excel serial in the 1900 date system (written as a number with a date format).
    case date(serial: Int64)
    /// A boolean.
    case boolean(Bool)
}
