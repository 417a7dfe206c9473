/// How much of a cell's text is examined where only its start can say what the cell is: a
/// header, a row label, a unit or a note naming one. Such a text is a few words; a long
/// text (a pasted paragraph, or megabytes in a hostile file) is examined only this far,
/// so the time spent deciding that it is not a header does not grow with its length.
public enum HeaderTextLimit {
    /// The most Unicode scalars examined: 1,000 (a header or unit note is a few dozen).
    public static let examinedScalars = 1_000

    /// The start of `text` that is examined: `text` itself when it is short enough.
    public static func examined(_ text: String) -> String {
        // UTF-8 length is known without a walk; only a long text is cut.
        guard text.utf8.count > examinedScalars else { return text }
        return String(text.unicodeScalars.prefix(examinedScalars))
    }
}
