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
        // Only words whose first character the text holds are searched for: a label of
        // digits ("4410") is passed over at once.
        let present = Set(scalars)
        for (unit, word) in AmountUnitVocabulary.headerWords
        where present.contains(word[0]) && AmountText.containsWord(word, in: scalars) {
            return unit
        }
        return nil
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

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// Whether `word` occurs in `text` with no letter right before or after it.
    static func containsWord(_ word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty, word.count <= text.count else { return false }
        var start = 0
        while start + word.count <= text.count {
            if text[start] == word[0] && Array(text[start..<(start + word.count)]) == word {
                let beforeOK = start == 0 || !isLetter(text[start - 1])
                let afterIndex = start + word.count
                let afterOK = afterIndex == text.count || !isLetter(text[afterIndex]) || word.last == "."
                if beforeOK && afterOK { return true }
            }
            start += 1
        }
        return false
    }
}
