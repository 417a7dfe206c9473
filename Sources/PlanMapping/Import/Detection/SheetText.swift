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
