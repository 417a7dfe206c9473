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

    /// The unit a column header announces, such as `Finansiering 2013 (t.kr.)` → thousands,
    /// `Beløb i mio. kr.` → millions, `Beløb (kr.)` → kroner, `Udgifter, 1.000 kr.` → thousands;
    /// `nil` when the header names no unit.
    ///
    /// Recognised, in any case, as whole words: billions `mia.`, `mia`, `mrd.`, `milliard(er)`, `bn`;
    /// millions `mio.`, `mio`, `mill.`, `million(er)`, `mkr`, `mdkk`, `dkkm`, `m.kr.`;
    /// thousands `t.kr.`, `t. kr.`, `tkr`, `tdkk`, `tusind(e)`, `1.000 kr`, `1000 kr`, `'000`, `(000)`, `dkk 000`, `kkr`;
    /// kroner `kr.`, `kr`, `dkk`, `kroner`. When several appear, the largest wins.
    /// Only the start of a long text is read (``HeaderTextLimit``).
    public static func inHeader(_ header: String) -> AmountUnit? {
        let text = AmountText.normalized(HeaderTextLimit.examined(header)).lowercased()
        let scalars = Array(text.unicodeScalars)
        let table: [(AmountUnit, [String])] = [
            (.billions, ["mia.", "mia", "mrd.", "mrd", "milliard", "milliarder", "bn"]),
            (.millions, ["mio.", "mio", "mill.", "mill", "million", "millioner", "mkr", "mkr.", "mdkk", "dkkm", "m.kr.", "m.kr"]),
            (.thousands, ["t.kr.", "t.kr", "t. kr.", "t. kr", "tkr", "tkr.", "tdkk", "t.dkk", "tusind", "tusinde",
                          "1.000 kr", "1000 kr", "1.000 dkk", "1000 dkk", "'000", "(000)", "dkk 000", "kkr"]),
            (.kroner, ["kr.", "kr", "dkk", "kroner", "krone"]),
        ]
        for (unit, words) in table {
            for word in words where AmountText.containsWord(Array(word.unicodeScalars), in: scalars) {
                return unit
            }
        }
        return nil
    }

    /// The unit of a currency/unit phrase next to a number (`kr.`, `t.kr.`, `mio. kr.`, `DKK`…),
    /// with whether it names the currency; `nil` when the phrase is not a unit.
    static func ofPhrase(_ phrase: String) -> (unit: AmountUnit, currency: Bool)? {
        var key = ""
        for scalar in phrase.lowercased().unicodeScalars where scalar != " " && scalar != "." {
            key.unicodeScalars.append(scalar)
            // No unit phrase is this long ("tusindekroner" is 13): a long text is not one,
            // and the currency step below must not recurse through all of it.
            if key.utf8.count > 32 { return nil }
        }
        switch key {
        case "": return (.kroner, false)
        case "kr", "dkk", "kroner", "krone", "dkr": return (.kroner, true)
        case "tkr", "tdkk", "tusindkr", "tusindekr", "tusindkroner", "tusindekroner", "kkr", "tdkr": return (.thousands, true)
        case "t", "k", "tusind", "tusinde": return (.thousands, false)
        case "miokr", "miodkk", "millkr", "mkr", "mdkk", "dkkm", "dkkmio", "millionerkr", "millionkr", "mnkr": return (.millions, true)
        case "mio", "mill", "million", "millioner", "m", "mn": return (.millions, false)
        case "miakr", "miadkk", "mrdkr", "milliarderkr", "dkkmia": return (.billions, true)
        case "mia", "mrd", "milliard", "milliarder", "bn": return (.billions, false)
        default:
            // A currency on one side of the unit ("dkk mio", "kr mio") reads the same.
            for currency in ["kr", "dkk"] {
                if key.hasPrefix(currency), let rest = ofPhrase(String(key.dropFirst(currency.count))), rest.unit != .kroner {
                    return (rest.unit, true)
                }
            }
            return nil
        }
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
            if text[start] == word[0] && text[start..<(start + word.count)].elementsEqual(word) {
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
