/// Number text for CSV output: shortest round-trip digits with a chosen decimal separator.
enum CSVNumberText {
    /// Appends the text of an integer.
    static func append(_ value: Int64, to output: inout [UInt8]) {
        if value == 0 {
            output.append(48)
            return
        }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // scratch for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            let p = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            while magnitude > 0 {
                p[count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { output.append(45) }
            while count > 0 {
                count -= 1
                output.append(p[count])
            }
        }
    }

    /// Appends the text of a double: plain notation from 1e-7 up to below 1e21, otherwise `d,ddE±xx`;
    /// non-finite values as `#NUM!`.
    static func append(_ value: Double, decimal: UInt8, to output: inout [UInt8]) {
        guard value.isFinite else {
            output.append(contentsOf: Array("#NUM!".utf8))
            return
        }
        if value == 0 {
            output.append(48)
            return
        }
        // Swift prints the shortest digits that read back to the same double.
        let text = Array(value.magnitude.description.utf8)
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte >= 48 && byte <= 57 {
                digits.append(byte)
            } else if byte == 46 {
                pointPosition = digits.count
            } else if byte == 101 || byte == 69 {
                exponent = Int(String(decoding: text[(index + 1)...], as: UTF8.self)) ?? 0
                break
            }
            index += 1
        }
        // value = 0.DIGITS × 10^point
        var point = (pointPosition ?? digits.count) + exponent
        while let first = digits.first, first == 48 {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == 48 { digits.removeLast() }
        if value < 0 { output.append(45) }
        if point > -7 && point <= 21 {
            if point <= 0 {
                output.append(48)
                output.append(decimal)
                output.append(contentsOf: repeatElement(48, count: -point))
                output.append(contentsOf: digits)
            } else if point >= digits.count {
                // A whole number: below 2^63 its exact digits. Past 2^53 the shortest digits can
                // end in zeros that are not the value (9.223372036854774e16 is 92233720368547744,
                // not …740), and the reader types such text as that other integer. From 2^63 on the
                // text cannot be an integer and reads back as the same double.
                if let exact = Int64(exactly: value.magnitude) {
                    append(exact, to: &output)
                } else {
                    output.append(contentsOf: digits)
                    output.append(contentsOf: repeatElement(48, count: point - digits.count))
                }
            } else {
                output.append(contentsOf: digits[..<point])
                output.append(decimal)
                output.append(contentsOf: digits[point...])
            }
        } else {
            output.append(digits[0])
            if digits.count > 1 {
                output.append(decimal)
                output.append(contentsOf: digits[1...])
            }
            output.append(69)
            let power = point - 1
            output.append(power < 0 ? 45 : 43)
            if power.magnitude < 10 { output.append(48) }  // two exponent digits at least, as Excel writes
            append(Int64(power.magnitude), to: &output)
        }
    }
}
