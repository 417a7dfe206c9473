extension Kroner {
    /// A change of amount with its sign, as a finance officer writes it: `+40.000`,
    /// `−180.000` (with the minus sign U+2212), `0` (Danish) or `+40,000`, `−180,000` (English).
    public func signed(_ style: Style) -> String {
        let text = formatted(style)
        if value > 0 { return "+" + text }
        if value < 0 { return "\u{2212}" + text.dropFirst() }
        return text
    }
}
