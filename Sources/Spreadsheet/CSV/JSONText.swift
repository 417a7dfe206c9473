/// JSON string literals written the way Python's `json.dumps(s, ensure_ascii=False)` writes them.
enum JSONText {
    /// Appends `"…"` with `"` `\` and control characters escaped (`\n`, `\r`, `\t`, `\b`, `\f`,
    /// others as `\u00xx`); every other character is written as UTF-8.
    static func appendString(_ text: String, to output: inout String) {
        output.unicodeScalars.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.unicodeScalars.append("\"")
    }

    static func string(_ text: String) -> String {
        var output = ""
        appendString(text, to: &output)
        return output
    }
}
