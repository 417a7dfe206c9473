/// An amount read from text as people type it, exact and with what was noticed on the way.
///
/// ```swift
/// let amount = try AmountParser.parse("1,5 mio. kr.")
/// amount.kroner      // 1_500_000
/// amount.unit        // .millions
/// amount.locale      // .danish (a decimal comma)
/// amount.notes       // [.unitInText, .currencyInText]
/// ```
public struct ParsedAmountText: Hashable, Sendable {
    /// The text as given.
    public var text: String
    /// The amount in kroner, with the unit multiplied out, exact.
    public var value: ExactDecimal
    /// The unit written in the text (``AmountUnit/kroner`` when none).
    public var unit: AmountUnit
    /// What the text's own separators show about its notation.
    public var locale: AmountLocaleEvidence
    /// What was noticed, in a fixed order.
    public var notes: [AmountNote]
    /// For an ``AmountNote/ambiguous`` text, the value in the other notation.
    public var alternative: ExactDecimal?

    /// Whole kroner, when the amount is a whole number of kroner.
    public var kroner: Int64? { value.integerValue }
    /// The amount in øre (hundredths of a krone), when it is a whole number of øre.
    public var hundredths: Int64? { value.hundredths }
    /// Whether the amount is below zero.
    public var isNegative: Bool { value.significand < 0 }
    /// Whether the text was read as zero because it was empty or a dash.
    public var isPlaceholderZero: Bool { notes.contains(.emptyAsZero) || notes.contains(.dashAsZero) }

    /// This amount counted in `unit` when the text itself names no unit, as for a value in a
    /// column headed `(t.kr.)`; `nil` when the result does not fit in 64 bits.
    public func applying(columnUnit: AmountUnit) -> ParsedAmountText? {
        guard unit == .kroner, columnUnit != .kroner else { return self }
        guard let scaled = value.multiplied(byPowerOfTen: columnUnit.powerOfTen) else { return nil }
        var copy = self
        copy.value = scaled
        copy.unit = columnUnit
        if let alternative {
            copy.alternative = alternative.multiplied(byPowerOfTen: columnUnit.powerOfTen)
        }
        copy.notes.removeAll { $0 == .belowOre }
        if scaled.hundredths == nil { copy.notes.append(.belowOre) }
        copy.notes.sort()
        return copy
    }
}
