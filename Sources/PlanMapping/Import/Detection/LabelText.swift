import BudgetRules

/// A header or row label taken apart for matching: its words after normalisation (the
/// way activity names are normalised), the years written in it and a reduction such as
/// "(-10 %)".
///
/// `"Finansiering 2013 (t.kr.)"` has the words `finansiering t kr`, the year 2013 and no
/// reduction; `"2013 (-10 %)"` has no words, the year 2013 and the reduction 10.
struct LabelText: Hashable, Sendable {
    /// The text as written.
    let raw: String
    /// The normalised text (lower case, punctuation as spaces, hyphens inside words dropped).
    let normalized: String
    /// The normalised words that are neither years, numbers nor unit words.
    let words: [String]
    /// The years (1990–2100) written as four-digit numbers, in order.
    let years: [Int]
    /// A reduction written as "-10 %" / "÷10%" / "(−10 %)", in whole percent.
    let reduction: Int?

    /// Words that name a unit or currency and say nothing about a column's meaning.
    static let unitWords: Set<String> = [
        "kr", "t", "tkr", "tdkk", "dkk", "kroner", "krone", "mio", "mia", "mill", "mkr", "mdkk",
        "thousand", "thousands", "million", "millions", "tusind", "tusinde", "k", "dkr",
    ]

    /// The four-digit numbers read as years when nothing else says which years are meant.
    static let yearRange = 1990...2100

    init(_ raw: String) {
        self.raw = raw
        let normalized = ActivityMatcher.normalize(raw)
        self.normalized = normalized
        var years: [Int] = []
        var words: [String] = []
        let tokens = normalized.split(separator: " ").map(String.init)
        for (index, word) in tokens.enumerated() {
            if word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                if word.utf8.count == 4, let year = Int(word), Self.yearRange.contains(year) { years.append(year) }
                continue
            }
            if Self.unitWords.contains(word) { continue }
            // "Beløb i kr.", "Amounts in DKK thousands": the preposition belongs to the unit.
            if word == "i" || word == "in", index + 1 < tokens.count, Self.unitWords.contains(tokens[index + 1]) {
                continue
            }
            words.append(word)
        }
        self.years = years
        self.words = words
        self.reduction = Self.reduction(in: raw)
    }

    /// The words joined without spaces ("indsats område" and "indsatsområde" read alike).
    var compact: String { words.joined() }

    /// The words joined by single spaces.
    var phrase: String { words.joined(separator: " ") }

    /// Whether the label holds nothing but years, numbers and unit words.
    var isOnlyYears: Bool { words.isEmpty && !years.isEmpty }

    /// "-10 %", "−10%", "÷ 10 %", "(-10 %)" → 10. A percentage without a minus is not a reduction.
    static func reduction(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let percent = scalars.firstIndex(of: "%") else { return nil }
        var index = percent - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\u{00A0}" { index -= 1 }
        var digits: [Unicode.Scalar] = []
        while index >= 0, ("0"..."9").contains(scalars[index]) {
            digits.insert(scalars[index], at: 0)
            index -= 1
        }
        while index >= 0, scalars[index] == " " || scalars[index] == "\u{00A0}" { index -= 1 }
        guard !digits.isEmpty, digits.count <= 3, index >= 0 else { return nil }
        switch scalars[index] {
        case "-", "\u{2212}", "\u{2013}", "\u{00F7}": return Int(String(String.UnicodeScalarView(digits)))
        default: return nil
        }
    }

    /// The first whole number written in `text` (digits only, at most 9), e.g. 3 in "Indsatsområde 3".
    static func firstInteger(in text: String) -> Int? {
        var digits = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                if digits.count > 9 { return nil }
            } else if !digits.isEmpty {
                break
            }
        }
        return Int(digits)
    }
}
