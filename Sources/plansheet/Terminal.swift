import BudgetRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard error, and whether it is a terminal.
enum Terminal {
    /// Whether standard error is a terminal (then progress is shown).
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    /// Writes `text` and a line break to standard error.
    static func error(_ text: String) {
        // File names and cell texts in messages: control characters shown, not sent.
        var line = TerminalText.visible(text, keepingLineBreaks: true)
        if !line.hasSuffix("\n") { line += "\n" }
        write(line)
    }

    /// Writes bytes to file descriptor 2.
    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                    Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
                #else
                    Darwin.write(2, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Shows a progress line on a terminal's standard error (overwritten by the next one);
    /// nothing when standard error is not a terminal.
    static func progress(_ text: String) {
        guard standardErrorIsTerminal else { return }
        let text = TerminalText.visible(text)
        let clipped = text.count > 79 ? String(text.prefix(78)) + "…" : text
        write("\r\u{1B}[K" + clipped)
    }

    /// Clears the progress line.
    static func endProgress() {
        guard standardErrorIsTerminal else { return }
        write("\r\u{1B}[K")
    }
}
