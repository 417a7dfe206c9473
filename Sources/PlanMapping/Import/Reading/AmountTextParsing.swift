import Spreadsheet

/// What the mapping layer needs from an amount parser: the notation of a group of texts
/// and the reading of one text. ``SpreadsheetAmountParsing`` forwards to the
/// `Spreadsheet` target's `AmountParser`; tests may put another behind it.
protocol AmountTextParsing: Sendable {
    /// The notation (Danish or English) a group of amount texts is written in, decided
    /// from the texts' own evidence; `fallback` when they show none.
    func notation(of texts: [String], fallback: AmountLocale) -> AmountNotation
    /// Reads one text in `notation`, counting a text without a unit in `columnUnit`.
    func read(_ text: String, notation: AmountNotation, columnUnit: AmountUnit) throws(AmountParseError) -> ParsedAmountText
    /// The unit a header, title or note names, if any.
    func unit(inHeader text: String) -> AmountUnit?
}

/// The notation a group of amounts is read in, and whether the group (or the file) shows it.
struct AmountNotation: Hashable, Sendable {
    /// The notation used for texts that read differently in Danish and English ("1.500").
    var locale: AmountLocale
    /// Whether the notation was shown by the texts or the file (so that "1.500" is not
    /// ambiguous there), rather than assumed.
    var isSettled: Bool
    /// How many texts showed ``locale`` by themselves (0 for a notation the file's format or
    /// headers gave).
    var evidence: Int = 0

    /// Danish, assumed.
    static let assumedDanish = AmountNotation(locale: .danish, isSettled: false)
}

/// The `Spreadsheet` target's amount parser behind ``AmountTextParsing``.
struct SpreadsheetAmountParsing: AmountTextParsing {
    func notation(of texts: [String], fallback: AmountLocale) -> AmountNotation {
        let column = AmountColumnLocale.decide(texts, defaultLocale: fallback)
        return AmountNotation(
            locale: column.locale, isSettled: column.hasEvidence && !column.isConflicting,
            evidence: column.locale == .english ? column.englishEvidence : column.danishEvidence)
    }

    func read(_ text: String, notation: AmountNotation, columnUnit: AmountUnit) throws(AmountParseError) -> ParsedAmountText {
        var amount = try AmountParser.parse(text, locale: notation.locale)
        let own = amount.locale
        if (own == .danish && notation.locale == .english) || (own == .english && notation.locale == .danish) {
            amount.notes.append(.conflictsWithColumn)
            amount.notes.sort()
        }
        // "40.000 kr." in a column headed t.kr. says kroner itself: it is not scaled, and the
        // disagreement with the header is noted like any unit written in a cell.
        if amount.unit == .kroner, columnUnit != .kroner, amount.notes.contains(.currencyInText) {
            if !amount.notes.contains(.unitInText) {
                amount.notes.append(.unitInText)
                amount.notes.sort()
            }
            return amount
        }
        guard let scaled = amount.applying(columnUnit: columnUnit) else {
            throw AmountParseError(text: text, reason: .tooLarge)
        }
        return scaled
    }

    func unit(inHeader text: String) -> AmountUnit? {
        HeaderVocabulary.scale(in: text)
    }
}
