/// Whether a row label sums rows above (or below) it: the grand total ("I alt", "Total",
/// "Samlet resultat") or a subtotal ("I alt indsatsområde 1", "Subtotal", "Delsum",
/// "Sum område 2").
enum TotalLabel: Hashable, Sendable {
    /// The table's total.
    case grand
    /// A section's total.
    case subtotal

    /// Labels that are a total whatever follows them.
    static let subtotalWords: Set<String> = [
        "subtotal", "subtotaler", "delsum", "deltotal", "mellemsum", "delresultat", "mellemtotal", "subsum",
    ]
    /// Words of a grand total beyond ``HeaderVocabulary/isTotal(_:)``.
    static let grandPhrases: Set<String> = [
        "samletresultat", "resultat", "totalresultat", "hovedtotal", "grandtotal", "samletialt", "ialtialt",
    ]
    /// Words that, after "Total"/"Sum", name what the subtotal is of.
    static let sectionWords: Set<String> = [
        "for", "indsatsområde", "indsatsomr", "område", "omr", "io", "area", "focus", "fokusområde", "section", "afsnit",
    ]

    /// The kind of total `label` names; `nil` when it names none.
    static func classify(_ label: LabelText) -> TotalLabel? {
        let words = label.words
        guard let first = words.first else { return nil }
        if HeaderVocabulary.isTotal(label) || grandPhrases.contains(label.compact) { return .grand }
        if subtotalWords.contains(first) || (first == "sub" && words.count > 1 && words[1] == "total") { return .subtotal }
        if first == "ialt", words.count > 1 { return .subtotal }
        if first == "i", words.count > 2, words[1] == "alt" { return .subtotal }
        if ["total", "totalt", "sum", "samlet"].contains(first), words.count > 1, sectionWords.contains(words[1]) {
            return .subtotal
        }
        return nil
    }
}
