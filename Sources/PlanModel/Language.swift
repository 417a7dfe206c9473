/// The languages messages are written in: Danish for the partnership's finance
/// officers, English for everyone else.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Danish (`da`).
    case danish = "da"
    /// English (`en`).
    case english = "en"
}
