/// The one table of words that name an amount's unit, in Danish and English. Every
/// lookup uses it: the unit written next to a number (`40 t.kr.`, `1,5 mio. kr.`), the
/// unit a header, title or note announces (`Finansiering 2013 (t.kr.)`, `Amounts in DKK
/// thousands`), and the unit words a header label reader passes over (they say nothing
/// about what a column holds). A spelling added here is known everywhere.
public enum AmountUnitVocabulary {
    /// One way of writing a unit.
    public struct Spelling: Hashable, Sendable {
        /// The spelling in lower case, as written: `"t.kr."`, `"mio."`, `"1.000 kr"`, `"thousands"`.
        public var text: String
        /// The unit it names.
        public var unit: AmountUnit
        /// Whether it names the currency too (`"t.kr."`, `"dkk"`), not only a scale (`"mio."`).
        public var currency: Bool
        /// Whether it names a unit on its own in a header or note; single letters (`"t"`,
        /// `"k"`, `"m"`) name one only right after a number (`"40 t"`).
        public var standsAlone: Bool
    }

    private static func words(_ unit: AmountUnit, currency: Bool, _ texts: [String], standsAlone: Bool = true) -> [Spelling] {
        texts.map { Spelling(text: $0, unit: unit, currency: currency, standsAlone: standsAlone) }
    }

    /// Every spelling, largest unit first.
    public static let spellings: [Spelling] =
        words(.billions, currency: false, ["mia.", "mia", "mrd.", "mrd", "milliard", "milliarder", "bn", "billion", "billions"])
        + words(.billions, currency: true, ["mia. kr.", "mia.kr.", "mia kr", "mia. dkk", "mrd. kr.", "milliarder kr", "dkk mia"])
        + words(.millions, currency: false, ["mio.", "mio", "mill.", "mill", "million", "millioner", "millions", "mn"])
        + words(.millions, currency: false, ["m"], standsAlone: false)
        + words(
            .millions, currency: true,
            [
                "mio. kr.", "mio.kr.", "mio kr", "mio. dkk", "mill. kr.", "mkr", "mkr.", "m.kr.", "m.kr", "mdkk", "dkkm", "dkk mio",
                "millioner kr", "million kr", "mn kr",
            ])
        + words(.thousands, currency: false, ["tusind", "tusinde", "thousand", "thousands", "'000", "(000)"])
        + words(.thousands, currency: false, ["t", "k"], standsAlone: false)
        + words(
            .thousands, currency: true,
            [
                "t.kr.", "t.kr", "t. kr.", "t. kr", "tkr", "tkr.", "tdkk", "t.dkk", "tdkr", "kdkk", "kkr", "1.000 kr", "1000 kr",
                "1.000 dkk", "1000 dkk", "dkk 000", "tusind kr", "tusinde kr", "tusind kroner", "tusinde kroner",
            ])
        + words(.kroner, currency: true, ["kr.", "kr", "dkk", "dkr", "kroner", "krone"])

    /// A spelling reduced to its letters, digits and apostrophes/parentheses, without
    /// spaces and points: `"t. kr."` → `"tkr"`, `"1.000 kr"` → `"1000kr"`.
    static func key(_ text: String) -> String {
        var key = ""
        for scalar in text.lowercased().unicodeScalars where scalar != " " && scalar != "." {
            key.unicodeScalars.append(scalar)
        }
        return key
    }

    /// The spellings by ``key(_:)``.
    static let byKey: [String: Spelling] = {
        var table: [String: Spelling] = [:]
        for spelling in spellings where table[key(spelling.text)] == nil { table[key(spelling.text)] = spelling }
        return table
    }()

    /// The spellings that name a unit on their own, as scalars, by their first character.
    static let headerWordsByFirst: [Unicode.Scalar: [(unit: AmountUnit, word: [Unicode.Scalar])]] = {
        var table: [Unicode.Scalar: [(unit: AmountUnit, word: [Unicode.Scalar])]] = [:]
        for spelling in spellings where spelling.standsAlone {
            let word = Array(spelling.text.unicodeScalars)
            table[word[0], default: []].append((spelling.unit, word))
        }
        return table
    }()

    /// The words of every spelling, in lower case and split at anything that is not a
    /// letter (`"t.kr."` gives `"t"` and `"kr"`): what a header label reader passes over.
    public static let unitWords: Set<String> = {
        var words = Set<String>()
        for spelling in spellings {
            var word = ""
            for scalar in spelling.text.unicodeScalars {
                if scalar.properties.isAlphabetic {
                    word.unicodeScalars.append(scalar)
                } else {
                    if !word.isEmpty { words.insert(word) }
                    word = ""
                }
            }
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }()
}
