import Testing

@testable import Spreadsheet

@Suite("Amounts in text")
struct AmountParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var kroner: Int64?
        var hundredths: Int64?
        var locale: AmountLocaleEvidence
        var notes: [AmountNote]
        var unit: AmountUnit = .kroner
        var alternative: String? = nil
        var testDescription: String { "“\(text)”" }
    }

    static let cases: [Case] = [
        Case(text: "1.490.000", kroner: 1_490_000, hundredths: 149_000_000, locale: .danish, notes: []),
        Case(text: "1.490.000,50", kroner: nil, hundredths: 149_000_050, locale: .danish, notes: []),
        Case(text: "1.490.000,00", kroner: 1_490_000, hundredths: 149_000_000, locale: .danish, notes: []),
        Case(text: "30.000.", kroner: 30_000, hundredths: 3_000_000, locale: .unknown, notes: [.ambiguous, .sloppyTrailingDot], alternative: "30"),
        Case(text: "40 t.kr.", kroner: 40_000, hundredths: 4_000_000, locale: .unknown, notes: [.unitInText, .currencyInText], unit: .thousands),
        Case(text: "40 tkr", kroner: 40_000, hundredths: 4_000_000, locale: .unknown, notes: [.unitInText, .currencyInText], unit: .thousands),
        Case(text: "1,5 mio. kr.", kroner: 1_500_000, hundredths: 150_000_000, locale: .danish, notes: [.unitInText, .currencyInText], unit: .millions),
        Case(text: "1,5 mio.", kroner: 1_500_000, hundredths: 150_000_000, locale: .danish, notes: [.unitInText], unit: .millions),
        Case(text: "2 mia. kr.", kroner: 2_000_000_000, hundredths: 200_000_000_000, locale: .unknown, notes: [.unitInText, .currencyInText], unit: .billions),
        Case(text: "kr. 40.000", kroner: 40_000, hundredths: 4_000_000, locale: .unknown, notes: [.ambiguous, .currencyInText], alternative: "40"),
        Case(text: "40.000 kr.", kroner: 40_000, hundredths: 4_000_000, locale: .unknown, notes: [.ambiguous, .currencyInText], alternative: "40"),
        Case(text: "DKK 40.000", kroner: 40_000, hundredths: 4_000_000, locale: .unknown, notes: [.ambiguous, .currencyInText], alternative: "40"),
        Case(text: "40.000,-", kroner: 40_000, hundredths: 4_000_000, locale: .danish, notes: [.dashForOre]),
        Case(text: "kr. 1.250,-", kroner: 1_250, hundredths: 125_000, locale: .danish, notes: [.currencyInText, .dashForOre]),
        Case(text: "-", kroner: 0, hundredths: 0, locale: .unknown, notes: [.dashAsZero]),
        Case(text: "–", kroner: 0, hundredths: 0, locale: .unknown, notes: [.dashAsZero]),
        Case(text: " kr. - ", kroner: 0, hundredths: 0, locale: .unknown, notes: [.currencyInText, .dashAsZero]),
        Case(text: "", kroner: 0, hundredths: 0, locale: .unknown, notes: [.emptyAsZero]),
        Case(text: "   ", kroner: 0, hundredths: 0, locale: .unknown, notes: [.emptyAsZero]),
        Case(text: "(1.000)", kroner: -1000, hundredths: -100_000, locale: .unknown, notes: [.ambiguous, .parenthesesNegative], alternative: "-1"),
        Case(text: "(12.345,67)", kroner: nil, hundredths: -1_234_567, locale: .danish, notes: [.parenthesesNegative]),
        Case(text: "1.000-", kroner: -1000, hundredths: -100_000, locale: .unknown, notes: [.ambiguous, .trailingMinus], alternative: "-1"),
        Case(text: "÷ 2.500.000", kroner: -2_500_000, hundredths: -250_000_000, locale: .danish, notes: []),
        Case(text: "-1.490.000", kroner: -1_490_000, hundredths: -149_000_000, locale: .danish, notes: []),
        Case(text: "−40", kroner: -40, hundredths: -4000, locale: .unknown, notes: []),
        Case(text: "1,490,000.50", kroner: nil, hundredths: 149_000_050, locale: .english, notes: []),
        Case(text: "1,490,000", kroner: 1_490_000, hundredths: 149_000_000, locale: .english, notes: []),
        Case(text: "1490000", kroner: 1_490_000, hundredths: 149_000_000, locale: .unknown, notes: []),
        Case(text: "1 490 000", kroner: 1_490_000, hundredths: 149_000_000, locale: .unknown, notes: []),
        Case(text: "1\u{A0}490\u{A0}000,50", kroner: nil, hundredths: 149_000_050, locale: .danish, notes: []),
        Case(text: "1 490 000.50", kroner: nil, hundredths: 149_000_050, locale: .english, notes: []),
        Case(text: "1,500", kroner: nil, hundredths: 150, locale: .unknown, notes: [.ambiguous], alternative: "1500"),
        Case(text: "1.500", kroner: 1500, hundredths: 150_000, locale: .unknown, notes: [.ambiguous], alternative: "1.5"),
        Case(text: "2,5", kroner: nil, hundredths: 250, locale: .danish, notes: []),
        Case(text: "2.5", kroner: nil, hundredths: 250, locale: .english, notes: []),
        Case(text: "0,500", kroner: nil, hundredths: 50, locale: .danish, notes: []),
        Case(text: "1234,500", kroner: nil, hundredths: 123_450, locale: .danish, notes: []),
        Case(text: ".5", kroner: nil, hundredths: 50, locale: .english, notes: []),
        Case(text: "0,001", kroner: nil, hundredths: nil, locale: .danish, notes: [.belowOre]),
        Case(text: "1.234,5 t.kr.", kroner: 1_234_500, hundredths: 123_450_000, locale: .danish, notes: [.unitInText, .currencyInText], unit: .thousands),
        Case(text: "DKK 1.2 mio", kroner: 1_200_000, hundredths: 120_000_000, locale: .english, notes: [.unitInText, .currencyInText], unit: .millions),
    ]

    @Test("amounts as people type them", arguments: AmountParserTests.cases)
    func parses(_ expected: Case) throws {
        let amount = try AmountParser.parse(expected.text)
        #expect(amount.kroner == expected.kroner)
        #expect(amount.hundredths == expected.hundredths)
        #expect(amount.locale == expected.locale)
        #expect(amount.notes == expected.notes)
        #expect(amount.unit == expected.unit)
        #expect(amount.alternative?.description == expected.alternative)
        #expect(amount.text == expected.text)
    }

    @Test("an ambiguous text follows the locale it is given")
    func locales() throws {
        #expect(try AmountParser.parse("1,500", locale: .english).kroner == 1500)
        #expect(try AmountParser.parse("1,500", locale: .english).alternative?.description == "1.5")
        #expect(try AmountParser.parse("1.500", locale: .english).value.description == "1.5")
        #expect(try AmountParser.parse("1.500", locale: .danish).kroner == 1500)
        #expect(try AmountParser.parse("2,5", locale: .english).value.description == "2.5", "unambiguous text keeps its reading")
    }

    @Test(
        "what is not an amount says why",
        arguments: [
            ("Tilskud", AmountParseError.Reason.noDigits),
            ("ca. 5", .unexpectedText("ca.")),
            ("31-12-2013", .unexpectedText("-")),
            ("12 %", .unexpectedText("%")),
            ("1.2.3", .badGrouping),
            ("1,23,456", .badGrouping),
            ("1..5", .badGrouping),
            ("1.490.000,50 kr. x", .unexpectedText("kr. x")),
            ("99999999999999999999", .tooLarge),
            ("t.kr. 40 mio.", .conflictingUnits),
            ("--5", .unexpectedText("-")),
        ])
    func failures(_ text: String, _ reason: AmountParseError.Reason) {
        #expect {
            _ = try AmountParser.parse(text)
        } throws: { error in
            guard let error = error as? AmountParseError else { return false }
            return error.reason == reason && error.text == text && !error.description.isEmpty && !error.danishDescription.isEmpty
        }
    }

    @Test("a column's locale comes from its evidence; ambiguous values are flagged, not guessed silently")
    func columnLocale() throws {
        let danish = AmountColumnLocale.decide(["1.500", "2,5"])
        #expect(danish.locale == .danish)
        #expect(danish.hasEvidence)
        #expect(!danish.isConflicting)
        #expect(danish.ambiguousIndices == [0])
        let parsed = try danish.parse("1.500")
        #expect(parsed.kroner == 1500)
        #expect(parsed.notes.contains(.ambiguous))

        let alone = AmountColumnLocale.decide(["1,500"])
        #expect(!alone.hasEvidence)
        #expect(alone.locale == .danish)
        #expect(alone.ambiguousIndices == [0])
        #expect(try alone.parse("1,500").notes == [.ambiguous])

        let english = AmountColumnLocale.decide(["1,500", "2.5", "1,490,000", "Tilskud", ""])
        #expect(english.locale == .english)
        #expect(english.englishEvidence == 2)
        #expect(english.unparsableIndices == [3])
        #expect(try english.parse("1,500").kroner == 1500)

        let mixed = AmountColumnLocale.decide(["1.490.000", "2,5", "2.5"])
        #expect(mixed.locale == .danish)
        #expect(mixed.isConflicting)
        #expect(mixed.conflictingIndices == [2])
        let odd = try mixed.parse("2.5")
        #expect(odd.value.description == "2.5")
        #expect(odd.notes.contains(.conflictsWithColumn))

        #expect(AmountColumnLocale.decide(["1.500"], defaultLocale: .english).locale == .english)
    }

    @Test(
        "units in column headers",
        arguments: [
            ("Finansiering 2013 (t.kr.)", AmountUnit?.some(.thousands)), ("Beløb i mio. kr.", .millions), ("Beløb (kr.)", .kroner),
            ("Udgifter, 1.000 kr.", .thousands), ("Budget DKK", .kroner), ("Beløb i mia. kr.", .billions), ("TKR", .thousands),
            ("Beløb i tusind kroner", .thousands), ("Amount (DKK '000)", .thousands), ("Aktivitet", nil), ("Krimi", nil),
            ("Kommunikation", nil), ("Premium", nil), ("Indsatsområde", nil),
        ])
    func headerUnits(_ header: String, _ unit: AmountUnit?) {
        #expect(AmountUnit.inHeader(header) == unit)
    }

    @Test("a value in a column with a unit is multiplied out, once")
    func columnUnit() throws {
        let plain = try AmountParser.parse("12,5")
        #expect(plain.applying(columnUnit: .thousands)?.kroner == 12_500)
        #expect(plain.applying(columnUnit: .millions)?.kroner == 12_500_000)
        let withUnit = try AmountParser.parse("40 t.kr.")
        #expect(withUnit.applying(columnUnit: .millions)?.kroner == 40_000, "a unit in the text wins over the header")
        #expect(try AmountParser.parse("0,0001").applying(columnUnit: .thousands)?.notes.contains(.belowOre) == false)
        #expect(try AmountParser.parse("900.000.000.000.000.000").applying(columnUnit: .thousands) == nil)
    }

    @Test("exact decimals normalise, compare and print")
    func exactDecimal() {
        #expect(ExactDecimal(significand: 150, fractionDigits: 2) == ExactDecimal(significand: 15, fractionDigits: 1))
        #expect(ExactDecimal(significand: 150, fractionDigits: 2).description == "1.5")
        #expect(ExactDecimal(significand: -5, fractionDigits: 3).description == "-0.005")
        #expect(ExactDecimal(significand: 15, fractionDigits: 1) < ExactDecimal(significand: 2))
        #expect(ExactDecimal(significand: Int64.max, fractionDigits: 18) < ExactDecimal(significand: 10))
        #expect(ExactDecimal(significand: 15, fractionDigits: 1).multiplied(byPowerOfTen: 3)?.integerValue == 1500)
        #expect(ExactDecimal(significand: Int64.max).multiplied(byPowerOfTen: 1) == nil)
        #expect(ExactDecimal(significand: 12345, fractionDigits: 3).hundredths == nil)
    }

    @Test("amounts never pass through floating point: 18-digit values are exact")
    func exactness() throws {
        let amount = try AmountParser.parse("999.999.999.999.999.999")
        #expect(amount.kroner == 999_999_999_999_999_999)
        let cents = try AmountParser.parse("9.999.999.999.999.999,99")
        #expect(cents.hundredths == 999_999_999_999_999_999)
    }
}
