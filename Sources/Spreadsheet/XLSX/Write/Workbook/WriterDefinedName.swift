/// A defined name of the workbook (`<definedName>`).
struct WriterDefinedName {
    var name: String
    /// The formula it refers to, without `=`.
    var formula: String
    /// The sheet it is local to, by name; `nil` for a workbook-wide name.
    var sheet: String?
    var hidden: Bool

    /// Whether `name` is a valid user-defined name.
    static func isValid(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf16.count <= XLSXFormatLimits.maxDefinedNameLength else { return false }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" || upper == "R" || upper == "C" { return false }
        if upper.hasPrefix("_XLNM.") { return false }  // reserved for built-in names
        if CellAddress(name) != nil { return false }  // looks like A1
        if looksLikeR1C1(upper) { return false }
        for (offset, character) in name.enumerated() {
            let allowed: Bool
            if offset == 0 {
                allowed = character.isLetter || character == "_" || character == "\\"
            } else {
                allowed =
                    character.isLetter || character.isNumber || character == "_" || character == "."
                    || character == "\\" || character == "?"
            }
            if !allowed { return false }
        }
        return true
    }

    /// `R1C1`, `R2`, `C3`, `RC`…
    private static func looksLikeR1C1(_ upper: String) -> Bool {
        var bytes = upper.utf8[...]
        guard let first = bytes.first, first == UInt8(ascii: "R") || first == UInt8(ascii: "C") else { return false }
        if first == UInt8(ascii: "R") {
            bytes = bytes.dropFirst()
            bytes = bytes.drop { $0 >= 48 && $0 <= 57 }
            if bytes.isEmpty { return true }
            guard bytes.first == UInt8(ascii: "C") else { return false }
        }
        bytes = bytes.dropFirst()
        return bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
