import PlanModel

/// An amount a sheet states beside a label, such as the annual frame ("Årlig ramme" with
/// 2.200.000 in the next cell), with the label as written and the amount's cell.
public struct StatedAmount: Hashable, Sendable {
    /// The label as written, e.g. `"Årlig ramme"`.
    public var label: String
    /// The amount.
    public var amount: Kroner
    /// The amount's cell.
    public var location: SourceLocation

    /// Creates a stated amount.
    public init(label: String, amount: Kroner, location: SourceLocation) {
        self.label = label
        self.amount = amount
        self.location = location
    }
}
