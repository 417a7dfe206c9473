/// A sentence in Danish and English.
///
/// JSON: `{"da": "…", "en": "…"}`.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The Danish text.
    public var da: String
    /// The English text.
    public var en: String

    /// Creates a text from its Danish and English versions.
    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        language == .danish ? da : en
    }
}
