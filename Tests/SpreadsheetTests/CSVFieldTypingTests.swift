import Testing

@testable import Spreadsheet

@Suite("CSV field typing")
struct CSVFieldTypingTests {
    @Test(
        "integers stay exact",
        arguments: [
            ("0", Int64(0)), ("42", 42), ("-17", -17), ("+5", 5), ("1490000", 1_490_000),
            ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ])
    func integers(_ text: String, _ value: Int64) {
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .point) == .integer(value))
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .comma) == .integer(value))
    }

    @Test(
        "decimals with a point",
        arguments: [
            ("12.5", 12.5), ("-0.001", -0.001), (".5", 0.5), ("5.", 5.0), ("1e5", 1e5), ("1.5E-3", 1.5e-3),
            ("-2.5e+10", -2.5e10), ("9223372036854775808", 9.223372036854775808e18), ("0.1", 0.1),
            ("123456789012345678901234567890", 1.2345678901234568e29),
        ])
    func pointDecimals(_ text: String, _ value: Double) {
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .point) == .number(value))
    }

    @Test("decimals with a comma", arguments: [("12,5", 12.5), ("-0,25", -0.25), ("1,5E-3", 1.5e-3)])
    func commaDecimals(_ text: String, _ value: Double) {
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .comma) == .number(value))
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .point) == .string(text))
    }

    @Test(
        "codes, amounts and anything else stay text",
        arguments: [
            "007", "0800", "-01", "00.5", "-", "+", "1.490.000", "1 000", " 5", "5 ", "1e", "e5", "12%", "inf",
            "nan", "0x10", "1_000", "12,5", "2013-01-31", "TRUE", "kr. 40", "--5", "1e5e5",
        ])
    func text(_ text: String) {
        #expect(CSVFieldTyping.value(of: text, decimalSeparator: .point) == .string(text))
    }

    @Test("the empty field is empty")
    func empty() {
        #expect(CSVFieldTyping.value(of: "", decimalSeparator: .point) == .empty)
    }

    @Test("numbers are correctly rounded (random digits against the standard library)")
    func correctlyRounded() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let integerDigits = Int.random(in: 1...12, using: &generator)
            let fractionDigits = Int.random(in: 1...14, using: &generator)
            var text = Bool.random(using: &generator) ? "-" : ""
            text += String(Int.random(in: 1...9, using: &generator))
            for _ in 1..<integerDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            text += "."
            for _ in 0..<fractionDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "e" + String(Int.random(in: -30...30, using: &generator)) }
            let expected = Double(text)!
            #expect(CSVFieldTyping.value(of: text, decimalSeparator: .point) == .number(expected), "\(text)")
            let comma = text.replacingOccurrences(of: ".", with: ",")
            #expect(CSVFieldTyping.value(of: comma, decimalSeparator: .comma) == .number(expected), "\(comma)")
        }
    }

    @Test("typed reading: the header stays text, numbers follow the dialect's decimal separator")
    func typedReading() throws {
        var options = CSVReadOptions()
        options.typeNumbers = true
        let reader = try CSVReader(bytes: Array("Aktivitet;2013;2014\nKursus;40000;12,5\nMøde;0800;1.500\n".utf8), options: options)
        #expect(reader.dialect.hasHeader)
        let grid = try reader.readGrid()
        #expect(grid["B1"] == .string("2013"))
        #expect(grid["B2"] == .integer(40000))
        #expect(grid["C2"] == .number(12.5))
        #expect(grid["B3"] == .string("0800"))
        #expect(grid["C3"] == .string("1.500"))
    }
}
