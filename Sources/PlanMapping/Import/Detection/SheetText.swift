import BudgetRules
import Spreadsheet

/// Reading cells as text for headers and labels.
enum SheetText {
    /// The text of a cell as a header or label: a string trimmed, or a whole number
    /// (a year typed as a number, an area "1"); `nil` for empty cells and other values.
    static func label(_ value: CellValue) -> String? {
        switch value {
        case .string(let text):
            let trimmed = trim(text)
            return trimmed.isEmpty ? nil : trimmed
        case .integer(let value):
            return String(value)
        case .number(let value):
            guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return nil }
            return String(Int64(value))
        default:
            return nil
        }
    }

    /// The text of a string cell, trimmed; `nil` for other values and blank text.
    static func string(_ value: CellValue) -> String? {
        guard case .string(let text) = value else { return nil }
        let trimmed = trim(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether a cell holds nothing (no value, or only spaces).
    static func isBlank(_ value: CellValue) -> Bool {
        switch value {
        case .empty: return true
        case .string(let text): return trim(text).isEmpty
        default: return false
        }
    }

    /// The text with surrounding white space (also no-break spaces and line breaks) removed
    /// and inner runs of white space collapsed to one space.
    static func trim(_ text: String) -> String {
        TextWork.add(text.utf8.count)
        if isTrimmed(text) { return text }
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Whether `text` is already trimmed: no white space at either end, no run of two, and
    /// no white space but the plain space (checked on its UTF-8 bytes, so that a sheet's
    /// hundreds of thousands of clean cells are not taken apart scalar by scalar).
    static func isTrimmed(_ text: String) -> Bool {
        let checked = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard first != 0x20, last != 0x20 else { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x20:
                    if index + 1 < bytes.count, bytes[index + 1] == 0x20 { return false }
                case 0x09...0x0D:
                    return false
                case 0xC2, 0xE1, 0xE2, 0xE3:
                    // The non-ASCII white space: U+0085, U+00A0, U+1680, U+2000–U+200A,
                    // U+2028, U+2029, U+202F, U+205F, U+3000.
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    switch (byte, next) {
                    case (0xC2, 0x85), (0xC2, 0xA0): return false
                    case (0xE1, 0x9A) where third == 0x80: return false
                    case (0xE2, 0x80) where third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF: return false
                    case (0xE2, 0x81) where third == 0x9F: return false
                    case (0xE3, 0x80) where third == 0x80: return false
                    default: break
                    }
                default:
                    break
                }
                index += 1
            }
            return true
        }
        return checked ?? false
    }

    /// A focus-area number named in a title or sheet name: "Aktiviteter under
    /// indsatsområde 3 – økonomisk ramme", "Område 1", "Focus area 2".
    static func areaNumber(inTitle text: String) -> Int? {
        let words = LabelText(text).normalized.split(separator: " ").map(String.init)
        let markers: Set<String> = ["indsatsområde", "indsatsomr", "område", "omr", "area", "io", "fokusområde", "indsatsomraade"]
        for (index, word) in words.enumerated() where markers.contains(word) && index + 1 < words.count {
            if let number = Int(words[index + 1]), number >= 0, number < 1000 { return number }
        }
        return nil
    }
}
