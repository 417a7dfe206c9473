/// The first place where a text is not JSON: its line and column (both from 1; columns
/// count characters, not bytes) and what is wrong there, in Danish and English.
///
/// ```swift
/// JSONSyntaxProblem.find(in: Array("{\"a\": 1,}".utf8))
/// // line 1, column 9: "}" where a key in quotes was expected
/// ```
public struct JSONSyntaxProblem: Hashable, Sendable {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int
    /// What is wrong.
    public var detail: LocalizedText

    /// The first syntax error in `bytes` (UTF-8 JSON), or `nil` when they are well-formed JSON.
    public static func find(in bytes: [UInt8]) -> JSONSyntaxProblem? {
        var scanner = Scanner(bytes: bytes)
        return scanner.document()
    }

    /// A recursive-descent check of RFC 8259's grammar, stopping at the first error.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func document() -> JSONSyntaxProblem? {
            skipSpace()
            if let problem = value() { return problem }
            skipSpace()
            guard index < bytes.count else { return nil }
            return problem(da: "der står mere efter JSON-dokumentets slutning", en: "there is more after the end of the JSON document")
        }

        mutating func value() -> JSONSyntaxProblem? {
            guard index < bytes.count else {
                return problem(da: "filen slutter, hvor en værdi var ventet", en: "the file ends where a value was expected")
            }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return unexpected(da: "en værdi", en: "a value")
            }
        }

        mutating func object() -> JSONSyntaxProblem? {
            depth += 1
            guard depth <= 512 else { return problem(da: "for dybt indlejret", en: "nested too deeply") }
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return nil
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    return unexpected(da: "en nøgle i anførselstegn", en: "a key in quotes")
                }
                if let problem = string() { return problem }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return unexpected(da: "\":\"", en: "\":\"") }
                index += 1
                skipSpace()
                if let problem = value() { return problem }
                skipSpace()
                guard index < bytes.count else { return unexpected(da: "\",\" eller \"}\"", en: "\",\" or \"}\"") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "}") else { return unexpected(da: "\",\" eller \"}\"", en: "\",\" or \"}\"") }
                index += 1
                depth -= 1
                return nil
            }
        }

        mutating func array() -> JSONSyntaxProblem? {
            depth += 1
            guard depth <= 512 else { return problem(da: "for dybt indlejret", en: "nested too deeply") }
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return nil
            }
            while true {
                skipSpace()
                if let problem = value() { return problem }
                skipSpace()
                guard index < bytes.count else { return unexpected(da: "\",\" eller \"]\"", en: "\",\" or \"]\"") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "]") else { return unexpected(da: "\",\" eller \"]\"", en: "\",\" or \"]\"") }
                index += 1
                depth -= 1
                return nil
            }
        }

        mutating func string() -> JSONSyntaxProblem? {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    if escape == UInt8(ascii: "u") {
                        let hex = bytes[min(index + 1, bytes.count)..<min(index + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy(\.isHexDigit) else {
                            return problem(da: "ugyldig \\u-kode i en tekst", en: "an invalid \\u escape in a string")
                        }
                        index += 5
                    } else {
                        guard Array("\"\\/bfnrt".utf8).contains(escape) else {
                            return problem(da: "ugyldig \\-kode i en tekst", en: "an invalid \\ escape in a string")
                        }
                        index += 1
                    }
                case 0..<0x20:
                    return problem(
                        da: "et linjeskift eller kontroltegn inde i en tekst (mangler et afsluttende anførselstegn?)",
                        en: "a line break or control character inside a string (a closing quote missing?)")
                default:
                    index += 1
                }
            }
            index = start
            return problem(da: "en tekst uden afsluttende anførselstegn", en: "a string without its closing quote")
        }

        mutating func number() -> JSONSyntaxProblem? {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return unexpected(da: "et ciffer", en: "a digit") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return unexpected(da: "et ciffer efter punktummet", en: "a digit after the point") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { return unexpected(da: "et ciffer i eksponenten", en: "a digit in the exponent") }
            }
            return nil
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }

        mutating func literal(_ word: String) -> JSONSyntaxProblem? {
            let expected = Array(word.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
                return unexpected(
                    da: "en værdi (tekst i anførselstegn, et tal, true, false eller null)", en: "a value (text in quotes, a number, true, false or null)")
            }
            index += expected.count
            return nil
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// "“x” where … was expected", or the end of the file.
        func unexpected(da: String, en: String) -> JSONSyntaxProblem {
            guard index < bytes.count else {
                return problem(da: "filen slutter, hvor \(da) var ventet", en: "the file ends where \(en) was expected")
            }
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let found = String(decoding: bytes[index..<end], as: UTF8.self)
            return problem(da: "“\(found)”, hvor \(da) var ventet", en: "“\(found)” where \(en) was expected")
        }

        func problem(da: String, en: String) -> JSONSyntaxProblem {
            var line = 1
            var column = 1
            var position = 0
            let end = min(index, bytes.count)
            while position < end {
                let byte = bytes[position]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
            return JSONSyntaxProblem(line: line, column: column, detail: LocalizedText(da: da, en: en))
        }
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
