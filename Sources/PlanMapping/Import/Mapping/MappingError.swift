import Foundation
import PlanModel

/// A mapping file that cannot be used, with the reason in Danish and English.
public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A reason without the file.
    public struct Reason: Error, Hashable, Sendable {
        /// The reason.
        public var text: LocalizedText
        init(da: String, en: String) { text = LocalizedText(da: da, en: en) }
    }

    /// The mapping file's path.
    public var file: String
    /// Why it cannot be used.
    public var reason: LocalizedText

    /// Creates an error.
    public init(file: String, da: String, en: String) {
        self.file = file
        self.reason = LocalizedText(da: da, en: en)
    }

    init(file: String, decoding error: DecodingError) {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }
            let joined = keys.joined()
            return joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            let full = at.isEmpty ? key.stringValue : "\(at).\(key.stringValue)"
            self.init(file: file, da: "\(full) mangler", en: "\(full) is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let at = path(context)
            self.init(
                file: file, da: "\(at.isEmpty ? "filen" : at): ugyldig værdi (\(context.debugDescription))",
                en: "\(at.isEmpty ? "the file" : at): invalid value (\(context.debugDescription))")
        @unknown default:
            self.init(file: file, da: "ugyldig fil", en: "invalid file")
        }
    }

    /// `file: reason` in English.
    public var description: String { "\(file): \(reason.en)" }
}
