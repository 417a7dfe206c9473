/// An error value of a spreadsheet formula (`#DIV/0!`, `#N/A`, …).
public enum FormulaError: String, Error, Hashable, Sendable, CaseIterable {
    case null = "#NULL!"
    case divisionByZero = "#DIV/0!"
    case value = "#VALUE!"
    case reference = "#REF!"
    case name = "#NAME?"
    case number = "#NUM!"
    case notAvailable = "#N/A"
    case gettingData = "#GETTING_DATA"
    case spill = "#SPILL!"
    case calc = "#CALC!"

    /// The error written as `text` (case-insensitive), or `nil`.
    public init?(text: some StringProtocol) {
        let upper = text.uppercased()
        guard let match = FormulaError.allCases.first(where: { $0.rawValue == upper }) else { return nil }
        self = match
    }

    /// The number `ERROR.TYPE` gives the error.
    var typeNumber: Double {
        switch self {
        case .null: return 1
        case .divisionByZero: return 2
        case .value: return 3
        case .reference: return 4
        case .name: return 5
        case .number: return 6
        case .notAvailable: return 7
        case .gettingData: return 8
        case .spill: return 9
        case .calc: return 14
        }
    }
}

/// A value a formula computes, with Excel's types: numbers are IEEE doubles,
/// an empty cell is `empty` (it reads as 0 or "" depending on where it is used).
public enum FormulaValue: Hashable, Sendable, CustomStringConvertible {
    /// A blank cell (never the result of a formula: a formula that yields a blank yields 0).
    case empty
    /// A number (dates are numbers: day serials).
    case number(Double)
    /// Text.
    case text(String)
    /// `TRUE` or `FALSE`.
    case bool(Bool)
    /// An error value.
    case error(FormulaError)

    /// The value a cell's stored value stands for in a formula.
    public init(_ value: CellValue) {
        switch value {
        case .empty: self = .empty
        case .integer(let v): self = .number(Double(v))
        case .number(let v): self = .number(v)
        case .date(let d): self = .number(d.serial)
        case .string(let s): self = .text(s)
        case .bool(let b): self = .bool(b)
        case .error(let e): self = .error(FormulaError(text: e) ?? .value)
        }
    }

    /// The value as a cell stores it: whole numbers that fit exactly are ``CellValue/integer(_:)``;
    /// a number is shown as a date when `date` gives its date system.
    public func cellValue(asDateIn date: DateSystem? = nil) -> CellValue {
        switch self {
        case .empty: return .empty
        case .number(let v):
            if let date { return .date(SpreadsheetDate(serial: v, system: date)) }
            if v == v.rounded(), abs(v) < 9.007_199_254_740_992e15 { return .integer(Int64(v)) }
            return .number(v)
        case .text(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .error(let e): return .error(e.rawValue)
        }
    }

    /// The value in the cell types of the dump format: `n`, `s`, `b`, `e` (`nil` for empty).
    public var dumpType: String? {
        switch self {
        case .empty: return nil
        case .number: return "n"
        case .text: return "s"
        case .bool: return "b"
        case .error: return "e"
        }
    }

    /// The error, when the value is one.
    public var error: FormulaError? {
        if case .error(let e) = self { return e }
        return nil
    }

    /// The value as Excel's General format shows it.
    public var description: String {
        switch self {
        case .empty: return ""
        case .number(let v): return FormulaNumberText.general(v)
        case .text(let s): return s
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e.rawValue
        }
    }
}
