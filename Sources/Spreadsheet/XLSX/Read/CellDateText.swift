/// The ISO 8601 text of a `t="d"` cell, turned into a date serial.
///
/// Accepted: a date `YYYY-MM-DD`, a time `HH:MM[:SS[.fff]]`, or both (joined by
/// an optional `T`), optionally followed by `Z`; anything after that (an offset)
/// is ignored, as openpyxl does. Also the durations Excel writes in Strict files,
/// `PT24H0M0.000S`, which become that many days.
enum CellDateText {
    /// The serial of `bytes` in `system`, or `nil` when the text is not a valid date, time or duration.
    static func serial(of raw: UnsafeBufferPointer<UInt8>, system: DateSystem) -> Double? {
        let text = CellNumberText.stripped(raw)
        guard !text.isEmpty else { return nil }
        if let value = dateTime(text, system: system) { return value.serial }
        if value(isDateTimeMatch: text) { return nil }
        return duration(text)
    }

    /// Whether the date/time pattern matched something (then a failure is final: no duration fallback).
    private static func value(isDateTimeMatch text: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(text) != nil
    }

    private struct Scanned {
        var date: (Int, Int, Int)?
        var time: (Int, Int, Int, Double)?
    }

    /// The openpyxl ISO pattern, anchored at the start: `(YYYY-MM-DD)?T?(HH:MM(:SS(.f{1,3})?)?)?Z?`.
    /// `nil` when neither a date nor a time is present.
    private static func scan(_ t: UnsafeBufferPointer<UInt8>) -> Scanned? {
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= t.count else { return nil }
            var v = 0
            for k in i..<(i + count) {
                guard t[k] >= 0x30 && t[k] <= 0x39 else { return nil }
                v = v * 10 + Int(t[k] - 0x30)
            }
            return v
        }
        func byte(_ at: Int, is c: UInt8) -> Bool { at < t.count && t[at] == c }
        var result = Scanned()
        // Date
        if let y = digits(4), byte(i + 4, is: 0x2D) {
            let save = i
            i += 5
            if let m = digits(2), byte(i + 2, is: 0x2D) {
                i += 3
                if let d = digits(2) {
                    i += 2
                    result.date = (y, m, d)
                } else {
                    i = save
                }
            } else {
                i = save
            }
        }
        if byte(i, is: 0x54) { i += 1 }  // T
        // Time
        if let h = digits(2), byte(i + 2, is: 0x3A) {
            let save = i
            i += 3
            if let mi = digits(2) {
                i += 2
                var second = 0
                var fraction = 0.0
                if byte(i, is: 0x3A) {
                    i += 1
                    if let s = digits(2) {
                        i += 2
                        second = s
                        if byte(i, is: 0x2E) {
                            var k = i + 1
                            while k < t.count && k < i + 4 && t[k] >= 0x30 && t[k] <= 0x39 { k += 1 }
                            if k > i + 1 {
                                let text = String(decoding: UnsafeBufferPointer(rebasing: t[i..<k]), as: UTF8.self)
                                fraction = Double(text) ?? 0
                                i = k
                            }
                        }
                    } else {
                        i -= 1
                    }
                }
                result.time = (h, mi, second, fraction)
            } else {
                i = save
            }
        }
        guard result.date != nil || result.time != nil else { return nil }
        return result
    }

    private static func dateTime(_ text: UnsafeBufferPointer<UInt8>, system: DateSystem) -> SpreadsheetDate? {
        guard let scanned = scan(text) else { return nil }
        var fraction = 0.0
        if let (h, mi, s, f) = scanned.time {
            guard h < 24, mi < 60, s < 60 else { return nil }
            let microseconds = Double(Int(f * 1_000_000))
            fraction = (Double(h * 3600 + mi * 60 + s) + microseconds / 1e6) / 86400.0
        }
        guard let (y, m, d) = scanned.date else {
            return SpreadsheetDate(serial: fraction, system: system)
        }
        guard y >= 1, m >= 1, m <= 12, d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        let days: Int
        switch system {
        case .date1900:
            var count =
                SpreadsheetDate.daysFromCivil(year: y, month: m, day: d)
                - SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: 30)
            if count < 61 { count -= 1 }  // before 1900-03-01 Excel counts the phantom 1900-02-29
            days = count
        case .date1904:
            days =
                SpreadsheetDate.daysFromCivil(year: y, month: m, day: d)
                - SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1)
        }
        return SpreadsheetDate(serial: Double(days) + fraction, system: system)
    }

    /// `PT(nH)?(nM)?(n(.f{1,3})?S)?` → days.
    private static func duration(_ t: UnsafeBufferPointer<UInt8>) -> Double? {
        guard t.count >= 2, t[0] == 0x50, t[1] == 0x54 else { return nil }
        var i = 2
        func number(allowFraction: Bool) -> (Double, Int)? {
            var k = i
            while k < t.count && t[k] >= 0x30 && t[k] <= 0x39 { k += 1 }
            guard k > i else { return nil }
            var end = k
            if allowFraction, k < t.count, t[k] == 0x2E {
                var f = k + 1
                while f < t.count && f < k + 4 && t[f] >= 0x30 && t[f] <= 0x39 { f += 1 }
                if f > k + 1 { end = f }
            }
            guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: t[i..<end]), as: UTF8.self)) else {
                return nil
            }
            return (value, end)
        }
        var hours = 0.0
        var minutes = 0.0
        var seconds = 0.0
        var any = false
        if let (v, end) = number(allowFraction: false), end < t.count, t[end] == 0x48 {
            hours = v
            i = end + 1
            any = true
        }
        if let (v, end) = number(allowFraction: false), end < t.count, t[end] == 0x4D {
            minutes = v
            i = end + 1
            any = true
        }
        if let (v, end) = number(allowFraction: true), end < t.count, t[end] == 0x53 {
            seconds = v
            i = end + 1
            any = true
        }
        guard any, hours < 1e9, minutes < 1e9, seconds < 1e12 else { return nil }
        // As Python's timedelta: whole microseconds, then seconds, then days.
        let micro = (hours * 3600 + minutes * 60) * 1_000_000 + (seconds * 1_000_000).rounded(.toNearestOrEven)
        return micro / 1_000_000 / 86400.0
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
