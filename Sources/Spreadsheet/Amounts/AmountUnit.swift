/// The unit an amount is written in: kroner, thousands (`t.kr.`), millions (`mio. kr.`) or billions (`mia. kr.`).
public enum AmountUnit: String, Hashable, Sendable, CaseIterable, Comparable {
    case kroner
    case thousands
    case millions
    case billions

    /// The power of ten the unit stands for: 0, 3, 6 or 9.
    public var powerOfTen: Int {
        switch self {
        case .kroner: return 0
        case .thousands: return 3
        case .millions: return 6
        case .billions: return 9
        }
    }

    /// How the unit is written in Danish: `kr.`, `t.kr.`, `mio. kr.`, `mia. kr.`.
    public var danishText: String {
        switch self {
        case .kroner: return "kr."
        case .thousands: return "t.kr."
        case .millions: return "mio. kr."
        case .billions: return "mia. kr."
        }
    }

    public static func < (lhs: AmountUnit, rhs: AmountUnit) -> Bool { lhs.powerOfTen < rhs.powerOfTen }

    /// The unit a column header, title or note announces, such as `Finansiering 2013 (t.kr.)`
    /// → thousands, `Beløb i mio. kr.` → millions, `Beløb (kr.)` → kroner, `Udgifter, 1.000 kr.`
    /// → thousands, `Amounts in DKK thousands` → thousands; `nil` when it names no unit.
    ///
    /// Every spelling of ``AmountUnitVocabulary`` that stands alone is recognised, in any case,
    /// as a whole word. When several appear, the largest wins.
    public static func inHeader(_ header: String) -> AmountUnit? {
        let scalars = Array(AmountText.normalized(header).lowercased().unicodeScalars)
        // Words are looked for only where one can start (the text's start, or after a
        // character that is no letter), among the spellings with that first character.
        var best: AmountUnit?
        for start in scalars.indices where start == 0 || !AmountText.isLetter(scalars[start - 1]) {
            guard let candidates = AmountUnitVocabulary.headerWordsByFirst[scalars[start]] else { continue }
            for (unit, word) in candidates where best.map({ unit > $0 }) ?? true {
                if AmountText.hasWord(word, at: start, in: scalars) { best = unit }
            }
        }
        return best
    }

    /// The unit of a currency/unit phrase next to a number (`kr.`, `t.kr.`, `mio. kr.`, `DKK`…),
    /// with whether it names the currency; `nil` when the phrase is not a unit. Every spelling
    /// of ``AmountUnitVocabulary`` is known, with or without its spaces and points.
    static func ofPhrase(_ phrase: String) -> (unit: AmountUnit, currency: Bool)? {
        let key = AmountUnitVocabulary.key(phrase)
        if key.isEmpty { return (.kroner, false) }
        if let spelling = AmountUnitVocabulary.byKey[key] { return (spelling.unit, spelling.currency) }
        // A currency on either side of the unit ("dkk mio", "kr mio", "mio dkk") reads the same.
        for currency in ["kr", "dkk"] {
            if key.hasPrefix(currency), let rest = AmountUnitVocabulary.byKey[String(key.dropFirst(currency.count))],
                rest.unit != .kroner
            {
                return (rest.unit, true)
            }
            if key.hasSuffix(currency), let rest = AmountUnitVocabulary.byKey[String(key.dropLast(currency.count))],
                rest.unit != .kroner
            {
                return (rest.unit, true)
            }
        }
        return nil
    }
}

/// Small text helpers shared by the amount parser and the header unit reader.
enum AmountText {
    /// No-break, narrow no-break, thin and figure spaces become plain spaces; minus signs and
    /// dashes used as minus become `-`.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x09: result.unicodeScalars.append(" ")
            case 0x2212, 0x2013, 0x2012: result.unicodeScalars.append("-")
            case 0x2019, 0x2032: result.unicodeScalars.append("'")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character is a letter (ASCII answered without the Unicode tables).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether `word` stands in `text` at `start`, with no letter right after it (unless it
    /// ends in a point); the caller has checked the character before.
    static func hasWord(_ word: [Unicode.Scalar], at start: Int, in text: [Unicode.Scalar]) -> Bool {
        guard start + word.count <= text.count else { return false }
        for offset in word.indices where text[start + offset] != word[offset] { return false }
        let after = start + word.count
        return after == text.count || !isLetter(text[after]) || word.last == "."
    }
}
