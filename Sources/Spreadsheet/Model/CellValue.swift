/// The value a cell holds, as a spreadsheet program shows it.
///
/// Numbers that are exact integers in the file (`<v>42</v>`, a CSV field `1490000`)
/// are kept as ``integer(_:)`` so that amounts never pass through floating point;
/// every other number is a ``number(_:)``.
public enum CellValue: Hashable, Sendable {
    /// No value.
    case empty
    /// An integral number that fits in 64 bits, kept exact.
    case integer(Int64)
    /// Any other number (IEEE double).
    case number(Double)
    /// Text.
    case string(String)
    /// `TRUE` or `FALSE`.
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`, as written in the file.
    case error(String)
    /// A number shown as a date or time because of its number format.
    case date(SpreadsheetDate)

    /// Whether the cell is empty (no value at all).
    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }

    /// The numeric value of an integer or number cell (or a date's serial); `nil` otherwise.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .number(let v): return v
        case .date(let d): return d.serial
        default: return nil
        }
    }

    /// The text of a string cell; `nil` otherwise.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

extension CellValue: CustomStringConvertible {
    /// A plain rendering: numbers in shortest form, dates in ISO 8601, booleans as `TRUE`/`FALSE`.
    public var description: String {
        switch self {
        case .empty: return ""
        case .integer(let v): return String(v)
        case .number(let v):
            if v.isFinite, v == v.rounded(), abs(v) < 9.007_199_254_740_992e15 { return String(Int64(v)) }
            return String(v)
        case .string(let s): return s
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        case .date(let d): return d.description
        }
    }
}
