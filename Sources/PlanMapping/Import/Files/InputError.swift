import PlanModel

/// A file that could not be read, with the reason in Danish and English.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// Why it could not be read (a sentence without the file name).
    public var reason: LocalizedText

    /// Creates an error.
    public init(file: String, reason: LocalizedText) {
        self.file = file
        self.reason = reason
    }

    /// `file: reason` in `language`.
    public func message(_ language: Language) -> String {
        "\(file): \(reason[language])"
    }

    /// The English message.
    public var description: String { message(.english) }
}
