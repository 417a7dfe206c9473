/// Wraps text to a column width: words move to the next line; a word longer than a line
/// is cut. Any whitespace, line breaks included, separates words. Widths count
/// characters (grapheme clusters).
struct TextWrapper {
    let width: Int

    /// `text` as lines of at most `width` characters; the first line starts with
    /// `firstPrefix`, the others with `prefix` (both count towards the width).
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        func room(_ current: String) -> Int { max(1, width - current.count) }
        for word in text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }) {
            var word = Substring(word)
            let needed = (lineHasWord ? 1 : 0) + word.count
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
            while line.count + word.count > width, word.count > room(line) {
                let cut = word.prefix(room(line))
                lines.append(line + cut)
                word = word.dropFirst(cut.count)
                line = prefix
            }
            line += word
            lineHasWord = !word.isEmpty
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
