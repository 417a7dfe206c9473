/// Text from a spreadsheet made safe to print on a terminal: every character a terminal
/// would act on rather than show is replaced by a visible sign, so a cell cannot erase
/// the lines above it, set the window title, ring the bell or reorder what is read.
///
/// | in the text | shown as |
/// |---|---|
/// | C0 controls (NUL, BEL, BS, ESC, CR, …) | their control pictures: `␀` `␇` `␈` `␛` `␍` |
/// | line feed | kept with `keepingLineBreaks`, otherwise `␊` |
/// | tab | kept |
/// | DEL | `␡` |
/// | C1 controls (U+0080–U+009F, e.g. the one-byte CSI) | `\u{9B}` |
/// | bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) | `\u{202E}` |
///
/// Every text renderer for people (the validation report, the import summary, `inspect`,
/// messages on standard error) passes the texts it prints through ``visible(_:keepingLineBreaks:)``;
/// JSON output escapes control characters itself.
public enum TerminalText {
    /// `text` with every control character replaced by a visible sign (see the type).
    /// Returns `text` itself when it has none.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLineBreaks) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default:
                for escaped in "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars {
                    out.append(escaped)
                }
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
