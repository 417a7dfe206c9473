import PlanModel

/// An amount as read from one cell: the value (when one could be read), the cell's raw
/// text, how cleanly it was read, and where it is.
///
/// Empty cells and "-" mean zero: give them as `value: 0`, `quality: .clean`.
public struct ParsedAmount: Hashable, Sendable {
    /// The amount read, or `nil` when none could be.
    public var value: Kroner?
    /// The cell's text as shown (or the number as written), e.g. `"30.000."`.
    public var raw: String
    /// How cleanly the amount was read.
    public var quality: AmountQuality
    /// The cell.
    public var location: SourceLocation

    /// Creates a parsed amount.
    public init(value: Kroner?, raw: String, quality: AmountQuality, location: SourceLocation) {
        self.value = value
        self.raw = raw
        self.quality = quality
        self.location = location
    }

    /// A cleanly read amount; `raw` defaults to the value in Danish grouping.
    public static func clean(_ value: Kroner, raw: String? = nil, at location: SourceLocation) -> ParsedAmount {
        ParsedAmount(value: value, raw: raw ?? value.formatted(.danish), quality: .clean, location: location)
    }

    /// The value to compute with: `nil` when the amount is invalid, could not be read or is
    /// negative (rule 1 reports those; sums that need them are not checked).
    public var usableValue: Kroner? {
        guard let value = readableValue, !value.isNegative else { return nil }
        return value
    }

    /// The value when one was read and it is not invalid, negative or not.
    public var readableValue: Kroner? {
        if case .invalid = quality { return nil }
        return value
    }
}
