/// The notation an amount is written in.
public enum AmountLocale: String, Hashable, Sendable, CaseIterable {
    /// `1.490.000,50`: point between thousands, comma before decimals.
    case danish
    /// `1,490,000.50`: comma between thousands, point before decimals.
    case english
}

/// What one amount's own text shows about its notation.
public enum AmountLocaleEvidence: String, Hashable, Sendable, CaseIterable {
    /// Only Danish notation reads it (`1.490.000`, `2,5`, `1.490,50`).
    case danish
    /// Only English notation reads it (`1,490,000`, `2.5`, `1,490.50`).
    case english
    /// Both read it the same (`1490000`, `1 490 000`), or it is ambiguous (`1.500`, `1,500`).
    case unknown
}
