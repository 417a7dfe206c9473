/// Why plan JSON could not be read, and where: ``keyPath`` is the key path of the value at
/// fault, e.g. `activities[2].funding.2013`; for text that is not JSON, ``line`` and
/// ``column`` say where the first syntax error is.
///
/// There is no `file`: the error is about bytes, wherever they came from. The key path is
/// not called `path`, which in the toolkit's errors would be a file's path.
///
/// ```
/// activities[2].funding.2013: expected a whole number of kroner, found a fraction or text.
/// ```
public struct PlanDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The bytes are not JSON.
        case notJSON(String)
        /// A required key is missing.
        case missingKey(String)
        /// A value has the wrong JSON type.
        case wrongType(expected: String)
        /// A required value is `null`.
        case missingValue(expected: String)
        /// A value has the right type but is not allowed.
        case invalidValue(String)
    }

    /// The key path of the value at fault (`""` for the whole document).
    public var keyPath: String
    /// What went wrong.
    public var reason: Reason
    /// For text that is not JSON: the line and column of the first error, and what it is.
    public var syntax: JSONSyntaxProblem?

    /// Creates an error at `keyPath`.
    public init(keyPath: String, reason: Reason) {
        self.keyPath = keyPath
        self.reason = reason
    }

    /// The line (from 1) of the first syntax error, for text that is not JSON.
    public var line: Int? { syntax?.line }
    /// The column (from 1, in characters) of the first syntax error, for text that is not JSON.
    public var column: Int? { syntax?.column }

    /// The message in Danish and English.
    public var message: LocalizedText {
        let place = keyPath.isEmpty ? "(dokumentet)" : keyPath
        let placeEN = keyPath.isEmpty ? "(the document)" : keyPath
        switch reason {
        case .notJSON(let detail):
            if let syntax {
                return LocalizedText(
                    da: "Planen er ikke gyldig JSON: linje \(syntax.line), kolonne \(syntax.column): \(syntax.detail.da).",
                    en: "The plan is not valid JSON: line \(syntax.line), column \(syntax.column): \(syntax.detail.en).")
            }
            return LocalizedText(
                da: "Planen er ikke gyldig JSON: \(detail).",
                en: "The plan is not valid JSON: \(detail).")
        case .missingKey(let key):
            return LocalizedText(
                da: "\(place): nøglen \"\(key)\" mangler.",
                en: "\(placeEN): the key \"\(key)\" is missing.")
        case .wrongType(let expected):
            return LocalizedText(
                da: "\(place): forventede \(Self.danish(expected)), men fandt noget andet.",
                en: "\(placeEN): expected \(expected), found something else.")
        case .missingValue(let expected):
            return LocalizedText(
                da: "\(place): værdien mangler (null), forventede \(Self.danish(expected)).",
                en: "\(placeEN): the value is missing (null), expected \(expected).")
        case .invalidValue(let detail):
            return LocalizedText(
                da: "\(place): ugyldig værdi (\(detail)).",
                en: "\(placeEN): invalid value (\(detail)).")
        }
    }

    /// The English message.
    public var description: String { message.en }

    private static func danish(_ expected: String) -> String {
        switch expected {
        case "a whole number": return "et heltal"
        case "a whole number of kroner": return "et helt antal kroner"
        case "text": return "tekst"
        case "a list": return "en liste"
        case "an object": return "et objekt"
        case "true or false": return "sand eller falsk"
        default: return expected
        }
    }
}
