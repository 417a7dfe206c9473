/// A cell's number format, resolved once per `cellXfs` entry: its code and
/// whether it shows numbers as dates or times.
struct NumberFormat: Hashable, Sendable {
    /// The format code (`"General"`, `"#,##0"`, `"dd-mm-yyyy"`).
    var code: String
    /// Whether numbers under this format are dates or times.
    var isDate: Bool

    static let general = NumberFormat(code: "General", isDate: false)

    /// The format with built-in id `id` (ECMA-376 18.8.30); `nil` for ids without a fixed code.
    static func builtIn(_ id: Int) -> NumberFormat? {
        guard let code = builtInCodes[id] else {
            // The East Asian date ids have locale-dependent codes; they are dates all the same.
            return isBuiltInDate(id) ? NumberFormat(code: "yyyy-mm-dd", isDate: true) : nil
        }
        return NumberFormat(code: code, isDate: isBuiltInDate(id))
    }

    /// Built-in ids that are dates or times: 14–22, 45–47, and the East Asian 27–36 and 50–58.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id)
    }

    private static let builtInCodes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: "\"$\"#,##0_);(\"$\"#,##0)", 6: "\"$\"#,##0_);[Red](\"$\"#,##0)",
        7: "\"$\"#,##0.00_);(\"$\"#,##0.00)", 8: "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
        40: "#,##0.00_);[Red](#,##0.00)", 41: "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
        42: "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        43: "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
        44: "_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// Whether a custom format code shows a date or time, as Excel decides: in the
    /// first section, ignoring quoted text, `\x`, `_x`, `*x` and bracketed parts,
    /// any of d m y h s (any case) or AM/PM, A/P; elapsed-time brackets `[h]`,
    /// `[mm]`, `[ss]` count too.
    static func isDateCode(_ code: String) -> Bool {
        let s = Array(code.unicodeScalars)
        let n = s.count
        var kept: [Unicode.Scalar] = []
        var i = 0
        while i < n {
            let ch = s[i]
            switch ch {
            case "\"":
                var j = i + 1
                while j < n && s[j] != "\"" { j += 1 }
                i = j < n ? j + 1 : n
                continue
            case "\\", "_", "*":
                i += 2
                continue
            case "[":
                var j = i + 1
                while j < n && s[j] != "]" { j += 1 }
                let inner = s[(i + 1)..<min(j, n)]
                if isElapsedBracket(inner) { return true }
                i = j < n ? j + 1 : n
                continue
            case ";":
                i = n
                continue
            default:
                kept.append(ch)
                i += 1
            }
        }
        for ch in kept {
            switch ch {
            case "d", "m", "y", "h", "s", "D", "M", "Y", "H", "S": return true
            default: continue
            }
        }
        let lower = String(String.UnicodeScalarView(kept)).lowercased()
        return lower.contains("a/p") || lower.contains("am/pm")
    }

    private static func isElapsedBracket(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = inner.first else { return false }
        let lower = Character(first).lowercased()
        guard lower == "h" || lower == "m" || lower == "s" else { return false }
        return inner.allSatisfy { Character($0).lowercased() == lower }
    }
}
