/// Wraps text to a column width: words move to the next line; a word longer than a line
/// is cut. Any whitespace, line breaks included, separates words. Widths count
/// characters (grapheme clusters). Control characters are shown as signs
/// (``TerminalText``).
struct TextWrapper {
    let width: Int

    /// `text` as lines of at most `width` characters; the first line starts with
    /// `firstPrefix`, the others with `prefix` (both count towards the width).
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        func room(_ current: String) -> Int { max(1, width - current.count) }
        // Control characters from cells are shown, never sent to the terminal.
        let text = TerminalText.visible(text, keepingLineBreaks: true)
        for word in text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }) {
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
