import PlanModel

/// A value before or after a change.
public enum ChangeValue: Hashable, Sendable {
    /// An amount in whole kroner.
    case amount(Kroner)
    /// A whole number: a focus area, a year, a count of reports, a percentage.
    case number(Int)
    /// A text (a name, a target group, a share such as "1/3").
    case text(String)
    /// A list of texts (deliverables, responsible).
    case list([String])

    /// The number behind an amount or a whole number, for differences.
    var integer: Int64? {
        switch self {
        case .amount(let kroner): return kroner.value
        case .number(let number): return Int64(number)
        case .text, .list: return nil
        }
    }

    /// `new − old`, or `nil` on 64-bit overflow.
    static func difference(_ new: Int64, _ old: Int64) -> Int64? {
        let (result, overflow) = new.subtractingReportingOverflow(old)
        return overflow ? nil : result
    }
}
