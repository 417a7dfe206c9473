/// The notation of a whole column of amounts, decided from the evidence of its values.
///
/// A single `1.500` cannot say whether it is one and a half (English) or fifteen hundred
/// (Danish); its column usually can: `2,5` or `1.490.000` elsewhere in it is Danish,
/// `2.5` or `1,490,000` English. ``decide(_:defaultLocale:)`` counts that evidence, picks
/// the notation with more of it (Danish when there is none, or a tie), and lists which
/// values were ambiguous, so a caller can show them instead of guessing silently.
///
/// ```swift
/// let column = AmountColumnLocale.decide(["1.500", "2,5"])
/// column.locale              // .danish
/// column.ambiguousIndices    // [0]
/// try column.parse("1.500")  // 1500, notes [.ambiguous]
/// ```
public struct AmountColumnLocale: Hashable, Sendable {
    /// The notation decided for the column.
    public var locale: AmountLocale
    /// Values whose own notation is Danish.
    public var danishEvidence: Int
    /// Values whose own notation is English.
    public var englishEvidence: Int
    /// Indices of values that read differently in the two notations (read with ``locale``).
    public var ambiguousIndices: [Int]
    /// Indices of values whose own notation contradicts ``locale``.
    public var conflictingIndices: [Int]
    /// Indices of values that are not amounts.
    public var unparsableIndices: [Int]

    /// Whether any value showed its notation.
    public var hasEvidence: Bool { danishEvidence + englishEvidence > 0 }
    /// Whether values show both notations (the column mixes them).
    public var isConflicting: Bool { danishEvidence > 0 && englishEvidence > 0 }

    /// Decides a column's notation from its texts.
    ///
    /// - Parameters:
    ///   - texts: The column's texts as written.
    ///   - defaultLocale: The notation used when there is no evidence or a tie (Danish).
    public static func decide(_ texts: [String], defaultLocale: AmountLocale = .danish) -> AmountColumnLocale {
        var danish = 0
        var english = 0
        var parsed: [ParsedAmountText?] = []
        var unparsable: [Int] = []
        for (index, text) in texts.enumerated() {
            do {
                let amount = try AmountParser.parse(text)
                parsed.append(amount)
                switch amount.locale {
                case .danish: danish += 1
                case .english: english += 1
                case .unknown: break
                }
            } catch {
                parsed.append(nil)
                unparsable.append(index)
            }
        }
        let locale: AmountLocale = danish > english ? .danish : english > danish ? .english : defaultLocale
        var ambiguous: [Int] = []
        var conflicting: [Int] = []
        for (index, amount) in parsed.enumerated() {
            guard let amount else { continue }
            if amount.notes.contains(.ambiguous) { ambiguous.append(index) }
            if (amount.locale == .danish && locale == .english) || (amount.locale == .english && locale == .danish) {
                conflicting.append(index)
            }
        }
        return AmountColumnLocale(
            locale: locale, danishEvidence: danish, englishEvidence: english,
            ambiguousIndices: ambiguous, conflictingIndices: conflicting, unparsableIndices: unparsable)
    }

    /// Parses one value of the column: ambiguous texts follow ``locale``; a text whose own
    /// notation contradicts it keeps its own reading and gets ``AmountNote/conflictsWithColumn``.
    public func parse(_ text: String) throws(AmountParseError) -> ParsedAmountText {
        var amount = try AmountParser.parse(text, locale: locale)
        if (amount.locale == .danish && locale == .english) || (amount.locale == .english && locale == .danish) {
            amount.notes.append(.conflictsWithColumn)
            amount.notes.sort()
        }
        return amount
    }
}
