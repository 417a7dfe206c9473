import Foundation

extension String {
    /// The text with every line break and the indentation after it made one space, so that
    /// a sentence the report wrapped can be looked for whole.
    var flattened: String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
