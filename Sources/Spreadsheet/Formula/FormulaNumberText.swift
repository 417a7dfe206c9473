/// Numbers to text and text to numbers the way a spreadsheet converts them
/// inside formulas (`=A1&""`, `="3"+1`), independent of any cell's format.
enum FormulaNumberText {
    /// The General-format text of `value`: at most 15 significant digits, scientific
    /// notation from 1E+15 up and below 1E-9 (`0.1`, `0.333333333333333`, `1E+20`).
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return FormulaError.number.rawValue }
        if value == 0 { return "0" }
        var (negative, digits, exponent) = decimalDigits(of: value)
        // Round to 15 significant digits, half away from zero on the shortest digits.
        if digits.count > 15 {
            let roundUp = digits[15] >= 5
            digits.removeSubrange(15...)
            if roundUp {
                var i = 14
                while i >= 0 {
                    if digits[i] == 9 {
                        digits[i] = 0
                        i -= 1
                    } else {
                        digits[i] += 1
                        break
                    }
                }
                if i < 0 {
                    digits.insert(1, at: 0)
                    digits.removeLast()
                    exponent += 1
                }
            }
        }
        while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        if digits == [0] { negative = false }
        var out = negative ? "-" : ""
        let text = digits.map { Character(Unicode.Scalar(UInt8(48 + $0))) }
        if exponent >= 15 || exponent < -9 {
            out.append(text[0])
            if text.count > 1 { out += "." + String(text[1...]) }
            let magnitude = abs(exponent)
            out += "E" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        } else if exponent >= 0 {
            let whole = exponent + 1
            if text.count <= whole {
                out += String(text) + String(repeating: "0", count: whole - text.count)
            } else {
                out += String(text[..<whole]) + "." + String(text[whole...])
            }
        } else {
            out += "0." + String(repeating: "0", count: -exponent - 1) + String(text)
        }
        return out
    }

    /// The shortest round-trip decimal digits of a finite non-zero `value`, and the
    /// decimal exponent of the first digit.
    private static func decimalDigits(of value: Double) -> (negative: Bool, digits: [Int], exponent: Int) {
        var negative = false
        var digits: [Int] = []
        var pointPosition: Int?
        var exponent = 0
        var inExponent = false
        var exponentText = ""
        for ch in value.description {
            if inExponent {
                exponentText.append(ch)
                continue
            }
            switch ch {
            case "-": negative = true
            case ".": pointPosition = digits.count
            case "e", "E": inExponent = true
            default:
                if let d = ch.wholeNumberValue { digits.append(d) }
            }
        }
        if inExponent { exponent = Int(exponentText) ?? 0 }
        var point = pointPosition ?? digits.count
        while digits.first == 0 && digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        return (negative, digits, point - 1 + exponent)
    }

    /// The number a text stands for when a formula uses it as a number (`" 1,200.5 "`,
    /// `"-3e2"`, `"50%"`, `"(12)"`, `"$5"`), or `nil` when it is not one.
    static func number(from text: String) -> Double? {
        var s = Substring(text).drop { $0 == " " }
        while s.last == " " { s = s.dropLast() }
        guard !s.isEmpty else { return nil }
        var negative = false
        var percent = false
        if s.first == "(" && s.last == ")" {
            negative = true
            s = s.dropFirst().dropLast()
        }
        if s.first == "-" || s.first == "+" {
            if s.first == "-" { negative.toggle() }
            s = s.dropFirst()
        }
        if s.first == "$" { s = s.dropFirst() }
        if s.last == "%" {
            percent = true
            s = s.dropLast()
        }
        if s.first == "%" && !percent {
            percent = true
            s = s.dropFirst()
        }
        var plain = ""
        var seenPoint = false
        var seenExponent = false
        var digitsSinceComma = -1
        var lastWasDigit = false
        for ch in s {
            if ch.isASCII, ch.isNumber {
                plain.append(ch)
                if digitsSinceComma >= 0 { digitsSinceComma += 1 }
                lastWasDigit = true
                continue
            }
            switch ch {
            case ",":
                guard !seenPoint, !seenExponent, lastWasDigit, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                digitsSinceComma = 0
            case ".":
                guard !seenPoint, !seenExponent, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                seenPoint = true
                digitsSinceComma = -1
                plain.append(".")
            case "e", "E":
                guard !seenExponent, lastWasDigit, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                seenExponent = true
                digitsSinceComma = -1
                plain.append("e")
            case "+", "-":
                guard plain.last == "e" else { return nil }
                plain.append(ch)
            default:
                return nil
            }
            lastWasDigit = false
        }
        guard digitsSinceComma == -1 || digitsSinceComma == 3, plain.contains(where: \.isNumber),
            var value = Double(plain.hasPrefix(".") ? "0" + plain : plain)
        else { return nil }
        if percent { value /= 100 }
        return negative ? -value : value
    }
}
