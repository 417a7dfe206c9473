/// Wraps text to a column width: words move to the next line; a word longer than a line
/// is cut. Whitespace, line breaks included, separates words, except a no-break space
/// (U+00A0, U+202F); a percent sign after a number is bound to it by one (``words(_:)``).
/// Widths count characters (grapheme clusters). Control characters are shown as signs
/// (``TerminalText``).
public struct TextWrapper {
    let width: Int

    /// The words of `text`, where a text report may break a line: split at whitespace and
    /// line breaks but not at a no-break space, and a percent sign written after a number
    /// ("78 %", "78 %)") joined to it by a no-break space, so that number and sign are never
    /// wrapped apart. The one place the reports (validate's and import's) decide this.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        for piece in text.split(whereSeparator: { ($0.isWhitespace || $0.isNewline) && !noBreakSpaces.contains($0) }) {
            if piece.first == "%", let last = words.last?.last, last.isNumber {
                words[words.count - 1] += "\u{00A0}" + piece
            } else {
                words.append(String(piece))
            }
        }
        return words
    }

    /// The spaces a line is never broken at.
    private static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}"]

    /// `text` as lines of at most `width` characters; the first line starts with
    /// `firstPrefix`, the others with `prefix` (both count towards the width).
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        func room(_ current: String) -> Int { max(1, width - current.count) }
        // Control characters from cells are shown, never sent to the terminal.
        let text = TerminalText.visible(text, keepingLineBreaks: true)
        for word in Self.words(text) {
            var word = Substring(word)
            // Counted once: a long word is cut below without counting the rest again.
            var wordCount = word.count
            let needed = (lineHasWord ? 1 : 0) + wordCount
            if line.count + needed <= width {
                if lineHasWord { line += " " }
                line += word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = prefix
                lineHasWord = false
            }
            // Cut words that do not fit on an empty line.
            while line.count + wordCount > width, wordCount > room(line) {
                let cutCount = room(line)
                let cutEnd = word.index(word.startIndex, offsetBy: cutCount)
                lines.append(line + word[..<cutEnd])
                word = word[cutEnd...]
                wordCount -= cutCount
                line = prefix
            }
            line += word
            lineHasWord = !word.isEmpty
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
