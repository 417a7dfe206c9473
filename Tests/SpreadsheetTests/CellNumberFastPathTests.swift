import Testing

@testable import Spreadsheet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decimals are parsed without `strtod` when one exact IEEE operation gives the result;
/// the result must be bit for bit what `strtod` (correct rounding) gives, for every form.
@Suite("Cell number fast path")
struct CellNumberFastPathTests {
    static func parsed(_ text: String) -> Double? {
        guard case .double(let value)? = Array(text.utf8).withUnsafeBufferPointer({ CellNumberText.parse($0) }) else {
            return nil
        }
        return value
    }

    static func strtodValue(_ text: String) -> Double { strtod(text, nil) }

    @Test(
        "edge forms agree with strtod bit for bit",
        arguments: [
            "0.0", "-0.0", "+0.5", "0.1", "0.2", "0.3", "-712802.46", "93495.54", "1.7976931348623157e308",
            "4.9e-324", "2.2250738585072014e-308", "9007199254740993.0", "9007199254740992.5", "123456789012345678.9",
            "1e22", "1e23", "1.5e-22", "1e-23", "0.000000000000000000000001", "1234567890123456789e-5",
            "12345678901234567890.0", "5.", ".5", "-.25", "1E+2", "1e-0", "3.14159265358979323846", "00001.5",
            "0e999", "1e400", "-1e-400", "17.30000000000000000001",
        ])
    func edgeForms(_ text: String) throws {
        let value = try #require(CellNumberFastPathTests.parsed(text), "\(text) not parsed")
        let expected = CellNumberFastPathTests.strtodValue(text)
        #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) vs strtod \(expected)")
    }

    @Test("random decimals agree with strtod bit for bit")
    func randomDecimals() {
        var generator = SeededGenerator(seed: 20_261_128)
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            let digitCount = Int.random(in: 1...20, using: &generator)
            var digits = ""
            for _ in 0..<digitCount { digits.append(Character(Unicode.Scalar(UInt8(48 + Int.random(in: 0...9, using: &generator))))) }
            let point = Int.random(in: 0...digitCount, using: &generator)
            var text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            if Bool.random(using: &generator) { text = "-" + text }
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text += "e" + String(Int.random(in: -30...30, using: &generator))
            }
            guard let value = CellNumberFastPathTests.parsed(text) else {
                if text != "." && text != "-." && !text.hasPrefix(".e") && !text.hasPrefix("-.e") { mismatches.append(text) }
                continue
            }
            if value.bitPattern != CellNumberFastPathTests.strtodValue(text).bitPattern { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
