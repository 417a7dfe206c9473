import Foundation

extension Plan {
    /// The plan's canonical JSON: pretty-printed, keys sorted, slashes unescaped, UTF-8.
    ///
    /// Encoding the same plan always gives the same bytes, so plans can be compared and
    /// kept under version control.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(self)
            data.append(0x0A)
            return data
        } catch {
            // Every value of the model is encodable (integers, strings, lists, objects).
            preconditionFailure("a Plan failed to encode: \(error)")
        }
    }

    /// Reads a plan from JSON, with errors that name the key path at fault.
    ///
    /// Text that is not JSON fails with the line and column of its first error
    /// (``PlanDecodingError/syntax``).
    public init(jsonData: Data) throws(PlanDecodingError) {
        if let syntax = JSONSyntaxProblem.find(in: Array(jsonData)) {
            var error = PlanDecodingError(keyPath: "", reason: .notJSON(syntax.detail.en))
            error.syntax = syntax
            throw error
        }
        do {
            self = try JSONDecoder().decode(Plan.self, from: jsonData)
        } catch let error as DecodingError {
            throw PlanDecodingError(error)
        } catch {
            throw PlanDecodingError(keyPath: "", reason: .notJSON(String(describing: error)))
        }
    }
}

extension PlanDecodingError {
    /// Translates Foundation's decoding error into a key path and a reason.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(keyPath: Self.keyPath(context.codingPath), reason: .missingKey(key.stringValue))
        case .typeMismatch(let type, let context):
            self.init(keyPath: Self.keyPath(context.codingPath), reason: .wrongType(expected: Self.describe(type)))
        case .valueNotFound(let type, let context):
            self.init(keyPath: Self.keyPath(context.codingPath), reason: .missingValue(expected: Self.describe(type)))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let detail = context.underlyingError.map { String(describing: $0) } ?? context.debugDescription
                self.init(keyPath: "", reason: .notJSON(detail))
            } else {
                self.init(keyPath: Self.keyPath(context.codingPath), reason: .invalidValue(context.debugDescription))
            }
        @unknown default:
            self.init(keyPath: "", reason: .invalidValue(String(describing: error)))
        }
    }

    /// `activities[2].funding.2013` from a coding path.
    static func keyPath(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if key.stringValue.hasPrefix("Index "), let index = key.intValue {
                out += "[\(index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue
            }
        }
        return out
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type: return "a whole number"
        case is Kroner.Type: return "a whole number of kroner"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") { return "a list" }
            if name.hasPrefix("Dictionary<") { return "an object" }
            return "an object"
        }
    }
}
