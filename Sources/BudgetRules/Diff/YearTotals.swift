import PlanModel

/// A year's total and remaining frame before and after.
public struct YearTotals: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The old plan's total (`nil` on 64-bit overflow).
    public var old: Kroner?
    /// The new plan's total (`nil` on 64-bit overflow).
    public var new: Kroner?
    /// The old plan's remaining frame (frame − total; negative when overspent).
    public var oldRemaining: Kroner?
    /// The new plan's remaining frame.
    public var newRemaining: Kroner?

    /// Creates a row.
    public init(year: Int, old: Kroner?, new: Kroner?, oldRemaining: Kroner?, newRemaining: Kroner?) {
        self.year = year
        self.old = old
        self.new = new
        self.oldRemaining = oldRemaining
        self.newRemaining = newRemaining
    }

    /// New total − old total.
    public var difference: Kroner? {
        guard let old, let new else { return nil }
        return new.subtracting(old)
    }

    /// New remaining − old remaining.
    public var remainingDifference: Kroner? {
        guard let oldRemaining, let newRemaining else { return nil }
        return newRemaining.subtracting(oldRemaining)
    }
}
