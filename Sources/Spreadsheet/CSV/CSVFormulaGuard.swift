/// The protection against formula injection (CSV injection) that ``CSVWriter`` applies to text.
///
/// Spreadsheet programs run a field that starts with `=`, `+`, `-` or `@` (and some a tab
/// or CR before them) as a formula. Following OWASP's advice, the writer puts a single
/// quote `'` before such text and quotes the field, so the text shows as text. The guard
/// also applies to text that already starts with one or more `'` followed by a trigger,
/// so that removing exactly one `'` on reading (``CSVReadOptions/stripsFormulaGuard``)
/// always gives back the original. Numbers are never guarded.
public enum CSVFormulaGuard {
    /// The characters that make a spreadsheet treat a field as a formula: `=` `+` `-` `@` tab CR.
    public static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    @inline(__always)
    static func isTrigger(_ byte: UInt8) -> Bool {
        byte == 61 || byte == 43 || byte == 45 || byte == 64 || byte == 9 || byte == 13
    }

    /// Whether `text` needs the guard: it starts with a trigger, possibly after apostrophes.
    public static func needsGuard(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte == 39 { continue }
            return isTrigger(byte)
        }
        return false
    }

    /// `text` as the writer stores it: with a leading `'` when it needs the guard.
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// The original of a guarded text: one leading `'` removed when the guard explains it.
    public static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), needsGuard(text) else { return text }
        return String(text.dropFirst())
    }
}
