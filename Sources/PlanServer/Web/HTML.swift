/// A piece of HTML, escaped by construction.
///
/// String literals are markup written here and go in as they are; every interpolated
/// `String` is escaped (`&`, `<`, `>`, `"`, `'`, and control characters replaced), so a
/// sheet name or cell text from an upload can only ever be text on the page. Interpolate
/// an `HTML` value to nest markup built the same way.
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let cell: HTML = "<td title=\"\(name)\">\(name)</td>"   // both escaped
/// ```
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Markup written in the code.
    public init(stringLiteral value: String) {
        markup = value
    }

    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    /// Empty markup.
    public static let empty: HTML = ""

    /// The pieces one after the other.
    public init(joining pieces: [HTML]) {
        markup = pieces.map(\.markup).joined()
    }

    public var description: String { markup }

    /// Builds markup, escaping every interpolated text.
    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// Text, if any: escaped.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { markup += HTML.escape(text) }
        }

        /// A whole number.
        public mutating func appendInterpolation(_ number: some BinaryInteger) {
            markup += String(number)
        }

        /// Markup built with this type.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Markup pieces one after the other.
        public mutating func appendInterpolation(_ pieces: [HTML]) {
            for piece in pieces { markup += piece.markup }
        }
    }

    /// `text` with the characters that mean something in HTML (text or attribute value)
    /// replaced by references, and control characters (but tab and line breaks) by U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
