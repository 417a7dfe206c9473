/// Text that is not an amount, with the reason.
public struct AmountParseError: Error, Hashable, Sendable, BilingualMessage {
    /// Why the text is not an amount.
    public enum Reason: Hashable, Sendable {
        /// No digits at all (`Tilskud`).
        case noDigits
        /// Characters that do not belong in an amount (`31-12-2013`, `12%`, `ca. 5`).
        case unexpectedText(String)
        /// Separators that neither notation allows (`1.2.3`, `1,23,456`).
        case badGrouping
        /// More digits than 64-bit arithmetic holds.
        case tooLarge
        /// Two different units (`t.kr.` and `mio.`).
        case conflictingUnits
    }

    /// The text that was parsed.
    public var text: String
    /// Why it is not an amount.
    public var reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }

    /// The sentence in English or Danish.
    public func render(english en: Bool) -> String {
        switch reason {
        case .noDigits:
            return en ? "“\(text)” is not an amount: it has no digits." : "“\(text)” er ikke et beløb: der er ingen cifre."
        case .unexpectedText(let part):
            return en
                ? "“\(text)” is not an amount: “\(part)” does not belong in one."
                : "“\(text)” er ikke et beløb: “\(part)” hører ikke til i et beløb."
        case .badGrouping:
            return en
                ? "“\(text)” is not an amount: its points and commas fit neither Danish nor English notation."
                : "“\(text)” er ikke et beløb: punktummer og kommaer passer hverken til dansk eller engelsk talformat."
        case .tooLarge:
            return en ? "“\(text)” is too large an amount." : "“\(text)” er et for stort beløb."
        case .conflictingUnits:
            return en ? "“\(text)” names two different units." : "“\(text)” nævner to forskellige enheder."
        }
    }
}
