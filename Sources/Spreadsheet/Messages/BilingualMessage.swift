/// A message a person reads, written once for both of the toolkit's languages.
///
/// A conforming type renders its sentence in one `switch` whose every case gives the
/// English and the Danish text side by side, so the two can never drift apart; the
/// protocol derives ``description`` (English) and ``danishDescription`` from it.
///
/// ```swift
/// func render(english en: Bool) -> String {
///     switch kind {
///     case .emptyFile: return en ? "the file is empty." : "filen er tom."
///     }
/// }
/// ```
public protocol BilingualMessage: CustomStringConvertible {
    /// The message in English when `english` is true, in Danish otherwise.
    func render(english: Bool) -> String
}

extension BilingualMessage {
    /// The message in English.
    public var description: String { render(english: true) }

    /// The message in Danish.
    public var danishDescription: String { render(english: false) }
}
