/// What a figure of a table was used as.
public enum CoverageUse: Hashable, Sendable {
    /// An activity's amount for a year.
    case amount(year: Int)
    /// A total row's amount for a year (checked against the rows above it).
    case total(year: Int)
    /// A "Resterende beløb" row's amount for a year (checked against the frame).
    case remaining(year: Int)
    /// A crime target's baseline count.
    case baseline
    /// A crime target's count for a year.
    case target(year: Int)

    /// A short stable name for JSON: `"amount"`, `"total"`, `"remaining"`, `"baseline"`, `"target"`.
    public var code: String {
        switch self {
        case .amount: return "amount"
        case .total: return "total"
        case .remaining: return "remaining"
        case .baseline: return "baseline"
        case .target: return "target"
        }
    }

    /// The year the figure is for, when it has one.
    public var year: Int? {
        switch self {
        case .amount(let year), .total(let year), .remaining(let year), .target(let year): return year
        case .baseline: return nil
        }
    }
}
