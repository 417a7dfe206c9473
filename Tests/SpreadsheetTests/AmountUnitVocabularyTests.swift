import Testing

@testable import Spreadsheet

/// One table of unit words: every spelling is known next to a number and, when it stands
/// alone, in a header, with the same unit.
@Suite("Amount unit vocabulary")
struct AmountUnitVocabularyTests {
    /// Spellings without digits: they can follow a number ("40 t.kr.").
    static let wordSpellings = AmountUnitVocabulary.spellings.filter { !$0.text.contains(where: \.isNumber) }

    @Test("Every spelling after a number gives its unit", arguments: wordSpellings)
    func afterNumber(_ spelling: AmountUnitVocabulary.Spelling) throws {
        let parsed = try AmountParser.parse("40 " + spelling.text)
        #expect(parsed.unit == spelling.unit, "\(spelling.text)")
        #expect(parsed.kroner == 40 * Int64(pow10(spelling.unit.powerOfTen)), "\(spelling.text)")
    }

    @Test(
        "Every spelling that stands alone names its unit in a header, in any case",
        arguments: AmountUnitVocabulary.spellings.filter(\.standsAlone))
    func inHeader(_ spelling: AmountUnitVocabulary.Spelling) {
        #expect(AmountUnit.inHeader("Budget 2013 (\(spelling.text))") == spelling.unit, "\(spelling.text)")
        #expect(AmountUnit.inHeader("Beløb i " + spelling.text.uppercased()) == spelling.unit, "\(spelling.text)")
    }

    @Test("Single letters name a unit only after a number; the largest unit in a header wins")
    func lettersAndLargest() {
        #expect(AmountUnit.inHeader("Kolonne t") == nil)
        #expect(AmountUnit.inHeader("Amounts in DKK thousands") == .thousands)
        #expect(AmountUnit.inHeader("Beløb i mio. kr.") == .millions)
        #expect(AmountUnit.inHeader("Aktivitet") == nil)
        #expect(AmountUnitVocabulary.unitWords.isSuperset(of: ["kr", "t", "tkr", "dkk", "mio", "thousands", "tdkr"]))
    }

    private func pow10(_ power: Int) -> Int { (0..<power).reduce(1) { value, _ in value * 10 } }
}
