/// Normalisation and similarity of Danish activity names, for matching names that
/// differ between sheets ("Skoleindsats ”Det gode valg”" and "Det gode valg").
enum DanishText {
    /// Lower-cased; æ, ø and å kept; other accents dropped (é → e, ä → æ, ö → ø);
    /// a hyphen between letters or digits removed ("Tingbjerg-Husum" → "tingbjerghusum");
    /// other punctuation, dashes and quotes become spaces; runs of spaces collapse.
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var previousWasWordCharacter = false
        let scalars = Array(text.lowercased().unicodeScalars)
        TextWork.add(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let folded = fold(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                // One scalar at a time: `append(contentsOf:)` on a scalar view copies the
                // whole text so far, which made a long text cost the square of its length.
                for scalar in folded.unicodeScalars { out.append(scalar) }
                previousWasWordCharacter = true
                continue
            }
            if isCombiningMark(scalar) { continue }
            // A hyphen (or soft hyphen) between two word characters joins them.
            if scalar == "-" || scalar == "\u{00AD}" || scalar == "\u{2010}" || scalar == "\u{2011}",
                previousWasWordCharacter, index < scalars.count, fold(scalars[index]) != nil
            {
                continue
            }
            pendingSpace = true
            previousWasWordCharacter = false
        }
        return String(out)
    }

    /// The word characters of a name: letters and digits, folded; `nil` for anything else.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9", "æ", "ø", "å": return String(scalar)
        case "á", "à", "â", "ã", "ā": return "a"
        case "ä": return "æ"
        case "ö", "ő": return "ø"
        case "é", "è", "ê", "ë", "ē": return "e"
        case "í", "ì", "î", "ï": return "i"
        case "ó", "ò", "ô", "õ": return "o"
        case "ú", "ù", "û", "ü": return "u"
        case "ý", "ÿ": return "y"
        case "ñ": return "n"
        case "ç": return "c"
        case "ß": return "ss"
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                return properties.lowercaseMapping
            }
            return nil
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Short Danish words that say little about which activity is meant.
    static let stopwords: Set<String> = [
        "af", "at", "de", "den", "der", "det", "en", "et", "for", "fra", "i", "med", "mod", "og", "om",
        "på", "pr", "samt", "til", "ved", "deres", "som", "hhv",
    ]

    /// A normalised name prepared for comparison: its words and its character bigrams.
    struct Profile: Sendable {
        /// The normalised text.
        let text: String
        /// The distinct words.
        let words: Set<String>
        /// The words that are not stopwords.
        let meaningful: Set<String>
        /// Character bigrams of the text without spaces, with their counts.
        let bigrams: [UInt64: Int]
        /// The number of bigrams (with repeats).
        let bigramCount: Int

        init(normalized text: String) {
            self.text = text
            words = Set(text.split(separator: " ").map(String.init))
            meaningful = words.subtracting(DanishText.stopwords)
            let scalars = Array(text.unicodeScalars.filter { $0 != " " })
            TextWork.add(scalars.count)
            var bigrams: [UInt64: Int] = [:]
            if scalars.count >= 2 {
                for i in 0..<(scalars.count - 1) {
                    bigrams[UInt64(scalars[i].value) << 32 | UInt64(scalars[i + 1].value), default: 0] += 1
                }
            }
            self.bigrams = bigrams
            bigramCount = max(0, scalars.count - 1)
        }
    }

    /// Dice's coefficient on the character bigrams of the texts without spaces (0...1).
    static func diceBigrams(_ a: Profile, _ b: Profile) -> Double {
        guard a.bigramCount > 0, b.bigramCount > 0 else { return 0 }
        let (small, large) = a.bigrams.count <= b.bigrams.count ? (a.bigrams, b.bigrams) : (b.bigrams, a.bigrams)
        var shared = 0
        for (key, count) in small {
            if let other = large[key] { shared += min(count, other) }
        }
        return Double(2 * shared) / Double(a.bigramCount + b.bigramCount)
    }

    /// Jaccard's coefficient on the sets of words (0...1).
    static func jaccardWords(_ a: Profile, _ b: Profile) -> Double {
        let shared = a.words.intersection(b.words).count
        let union = a.words.count + b.words.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// 0.8 when every meaningful word of the shorter name is a word of the longer one
    /// ("Akutpulje" in "Akutpulje til understøttelse af …"), otherwise 0.
    static func containment(_ a: Profile, _ b: Profile) -> Double {
        let (small, large) = a.words.count <= b.words.count ? (a, b) : (b, a)
        guard !small.meaningful.isEmpty, small.meaningful.reduce(0, { $0 + $1.count }) >= 4 else { return 0 }
        return small.meaningful.isSubset(of: large.words) ? 0.8 : 0
    }

    /// How alike two names are, 0...1: 1 when equal after normalisation, otherwise the
    /// best of word Jaccard, bigram Dice and word containment (at most 0.99).
    static func similarity(_ a: Profile, _ b: Profile) -> Double {
        if a.text.isEmpty || b.text.isEmpty { return 0 }
        if a.text == b.text { return 1 }
        return min(0.99, max(jaccardWords(a, b), diceBigrams(a, b), containment(a, b)))
    }

    /// ``similarity(_:_:)-(Profile,Profile)`` of two normalised texts.
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Profile(normalized: a), Profile(normalized: b))
    }
}
