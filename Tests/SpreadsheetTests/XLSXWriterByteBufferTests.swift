import Testing

@testable import Spreadsheet

/// The byte-level formatting the writer's hot loop relies on.
@Suite("XLSX writer byte buffer")
struct XLSXWriterByteBufferTests {
    private func text(_ build: (XMLByteBuffer) -> Void) -> String {
        let buffer = XMLByteBuffer(capacity: 8)
        build(buffer)
        return String(decoding: buffer.makeArray(), as: UTF8.self)
    }

    @Test(
        "integers are written as plain digits",
        arguments: [
            (Int64(0), "0"), (7, "7"), (-7, "-7"), (1_490_000, "1490000"), (Int64.max, "9223372036854775807"),
            (Int64.min, "-9223372036854775808"), (10, "10"), (-100, "-100"),
        ])
    func integers(value: Int64, expected: String) {
        #expect(text { $0.append(decimal: value) } == expected)
    }

    @Test(
        "doubles are written in the shortest form that reads back exactly",
        arguments: [
            (0.0, "0"), (-0.0, "0"), (42.0, "42"), (-1.5, "-1.5"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"),
            (0.1 + 0.2, "0.30000000000000004"), (1e15, "1000000000000000"), (1e16, "1E+16"), (1e20, "1E+20"), (-2.5e-7, "-2.5E-07"),
            (123_456_789_012_345_680.0, "1.2345678901234568E+17"), (Double.greatestFiniteMagnitude, "1.7976931348623157E+308"),
            (Double.leastNonzeroMagnitude, "5E-324"), (999_999_999_999_999.0, "999999999999999"),
        ])
    func doubles(value: Double, expected: String) {
        let written = text { $0.append(double: value) }
        #expect(written == expected)
        #expect(Double(written) == value)
    }

    @Test("random doubles read back bit for bit")
    func randomDoubles() {
        var random = SeededGenerator(seed: 7)
        var checked = 0
        while checked < 20_000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite else { continue }
            let written = text { $0.append(double: value) }
            #expect(Double(written)?.bitPattern == (value == 0 ? 0 : value.bitPattern), "\(value) written as \(written)")
            #expect(!written.contains("e") && !written.hasSuffix(".0"))
            checked += 1
        }
    }

    @Test(
        "element text escapes markup, controls and literal escapes",
        arguments: [
            ("plain", "plain"), ("a&b", "a&amp;b"), ("<t>", "&lt;t&gt;"), ("\"q\" 'a'", "\"q\" 'a'"),
            ("tab\tline\n", "tab\tline\n"), ("cr\r", "cr_x000D_"), ("\u{0}\u{1}\u{1F}", "_x0000__x0001__x001F_"),
            ("_x0041_", "_x005F_x0041_"), ("_X00ff_", "_x005F_X00ff_"), ("_x004_", "_x004_"), ("_xGGGG_", "_xGGGG_"),
            ("__x0041__", "__x005F_x0041__"), ("_x0041", "_x0041"), ("\u{FFFE}|\u{FFFF}", "_xFFFE_|_xFFFF_"),
            ("\u{FFFD}\u{FEFF}", "\u{FFFD}\u{FEFF}"), ("æøå 🚓", "æøå 🚓"), ("\u{7F}\u{85}", "\u{7F}\u{85}"),
        ])
    func elementText(input: String, expected: String) {
        #expect(text { $0.appendEscapedText(input) } == expected)
    }

    @Test(
        "attribute values escape quotes and whitespace controls too",
        arguments: [
            ("a\"b", "a&quot;b"), ("t\tn\nr\r", "t&#9;n&#10;r_x000D_"), ("<&>", "&lt;&amp;&gt;"), ("'Ark 1'!A1", "'Ark 1'!A1"),
        ])
    func attributeText(input: String, expected: String) {
        #expect(text { $0.appendEscapedAttribute(input) } == expected)
    }

    @Test("text facts: length in UTF-16 units and whether spaces must be preserved")
    func facts() {
        func facts(_ text: String) -> TextFacts {
            var text = text
            return text.withUTF8 { TextFacts($0) }
        }
        #expect(facts(" a").needsPreserve && facts("a ").needsPreserve && facts("\ta").needsPreserve && facts("a\n").needsPreserve)
        #expect(!facts("a b").needsPreserve && !facts("").needsPreserve)
        #expect(facts(String(repeating: "x", count: 32_767)).excessLength == nil)
        #expect(facts(String(repeating: "x", count: 32_768)).excessLength == 32_768)
        // 2 bytes in UTF-8, 1 unit in UTF-16: fits although the bytes do not.
        #expect(facts(String(repeating: "æ", count: 32_767)).excessLength == nil)
        // 4 bytes in UTF-8, 2 units in UTF-16.
        #expect(facts(String(repeating: "🚓", count: 16_383) + "x").excessLength == nil)
        #expect(facts(String(repeating: "🚓", count: 16_384)).excessLength == 32_768)
    }
}
