import Spreadsheet

/// File-name patterns with `*` (any run of characters) and `?` (one character), case as
/// written: the spreadsheet layer's `WildcardPattern` without Excel's case folding and `~`.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        WildcardPattern(pattern, ignoringCase: false, tildeEscapes: false).matches(text)
    }
}
