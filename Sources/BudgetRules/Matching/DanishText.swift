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
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let folded = fold(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(contentsOf: folded.unicodeScalars)
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

    /// The words of a normalised text.
    static func tokens(_ normalized: String) -> [Substring] {
        normalized.split(separator: " ")
    }

    /// Short Danish words that say little about which activity is meant.
    static let stopwords: Set<Substring> = [
        "af", "at", "de", "den", "der", "det", "en", "et", "for", "fra", "i", "med", "mod", "og", "om",
        "på", "pr", "samt", "til", "ved", "deres", "som", "hhv",
    ]

    /// Dice's coefficient on the character bigrams of the texts without spaces (0...1).
    static func diceBigrams(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars.filter { $0 != " " })
        let y = Array(b.unicodeScalars.filter { $0 != " " })
        guard x.count >= 2, y.count >= 2 else { return x == y && !x.isEmpty ? 1 : 0 }
        var counts: [UInt64: Int] = [:]
        for i in 0..<(x.count - 1) {
            counts[UInt64(x[i].value) << 32 | UInt64(x[i + 1].value), default: 0] += 1
        }
        var shared = 0
        for i in 0..<(y.count - 1) {
            let key = UInt64(y[i].value) << 32 | UInt64(y[i + 1].value)
            if let count = counts[key], count > 0 {
                counts[key] = count - 1
                shared += 1
            }
        }
        return Double(2 * shared) / Double(x.count - 1 + y.count - 1)
    }

    /// Jaccard's coefficient on the sets of words (0...1).
    static func jaccardTokens(_ a: String, _ b: String) -> Double {
        let x = Set(tokens(a))
        let y = Set(tokens(b))
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    /// 0.8 when every meaningful word of the shorter name is a word of the longer one
    /// ("Akutpulje" in "Akutpulje til understøttelse af …"), otherwise 0.
    static func containment(_ a: String, _ b: String) -> Double {
        let x = Set(tokens(a))
        let y = Set(tokens(b))
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        let meaningful = small.subtracting(stopwords)
        guard !meaningful.isEmpty, meaningful.reduce(0, { $0 + $1.count }) >= 4 else { return 0 }
        return meaningful.isSubset(of: large) ? 0.8 : 0
    }

    /// How alike two normalised names are, 0...1: 1 when equal, otherwise the best of
    /// word Jaccard, bigram Dice and word containment.
    static func similarity(_ a: String, _ b: String) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        if a == b { return 1 }
        return min(0.99, max(jaccardTokens(a, b), diceBigrams(a, b), containment(a, b)))
    }
}
