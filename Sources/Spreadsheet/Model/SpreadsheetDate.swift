/// Which epoch a workbook counts its date serials from.
public enum DateSystem: String, Sendable, Hashable, Codable {
    /// Serial 1 is 1900-01-01, with Excel's phantom 1900-02-29 at serial 60.
    case date1900
    /// Serial 0 is 1904-01-01 (old Mac Excel, and some files still today).
    case date1904
}

/// A calendar date and time of day, without a time zone, to the millisecond.
public struct DateTimeComponents: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var millisecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    /// `YYYY-MM-DDTHH:MM:SS`, with `.mmm` when the milliseconds are not zero.
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let s = String(value)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if millisecond != 0 { text += "." + pad(millisecond, 3) }
        return text
    }

    public var description: String { iso8601 }
}

/// A date or time as a spreadsheet stores it: a serial number of days in a date system.
///
/// Conversions follow Excel: in the 1900 system serial 60 is the nonexistent
/// 1900-02-29 and serial 0 is shown as 1899-12-31 ("1900-01-00"); in the 1904
/// system serial 0 is 1904-01-01.
public struct SpreadsheetDate: Hashable, Sendable, CustomStringConvertible {
    /// Days (and fractions of a day) since the epoch of `system`.
    public var serial: Double
    /// The date system the serial counts in.
    public var system: DateSystem

    public init(serial: Double, system: DateSystem = .date1900) {
        self.serial = serial
        self.system = system
    }

    /// Creates the serial for a calendar date and time.
    public init(_ components: DateTimeComponents, system: DateSystem = .date1900) {
        let days = SpreadsheetDate.daysFromCivil(year: components.year, month: components.month, day: components.day)
        var serial: Double
        switch system {
        case .date1900:
            // 1899-12-30 is serial 0 for dates from 1900-03-01 on.
            serial = Double(days - SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: 30))
            if serial < 61 { serial -= 1 }  // before the phantom leap day
            if components.year == 1899 && components.month == 12 && components.day == 31 { serial = 0 }
        case .date1904:
            serial = Double(days - SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1))
        }
        let ms = ((components.hour * 60 + components.minute) * 60 + components.second) * 1000 + components.millisecond
        self.serial = serial + Double(ms) / 86_400_000
        self.system = system
    }

    /// Whether the serial falls in the range a spreadsheet can show as a date
    /// (not negative, not after 9999-12-31).
    public var isRepresentable: Bool {
        guard serial.isFinite, serial >= 0 else { return false }
        let last: Double = system == .date1900 ? 2_958_465 : 2_957_003
        return serial < last + 1
    }

    /// The calendar date and time, rounded to the millisecond; `nil` when not representable.
    public var components: DateTimeComponents? {
        guard isRepresentable else { return nil }
        var totalMs = (serial * 86_400_000).rounded()
        var dayNumber = Int((totalMs / 86_400_000).rounded(.down))
        totalMs -= Double(dayNumber) * 86_400_000
        var ms = Int(totalMs)
        if ms >= 86_400_000 {
            dayNumber += 1
            ms -= 86_400_000
        }
        let (y, m, d): (Int, Int, Int)
        switch system {
        case .date1900:
            if dayNumber == 0 {
                (y, m, d) = (1899, 12, 31)
            } else if dayNumber == 60 {
                (y, m, d) = (1900, 2, 29)
            } else {
                let offset = dayNumber < 60 ? dayNumber + 1 : dayNumber
                (y, m, d) = SpreadsheetDate.civilFromDays(SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: 30) + offset)
            }
        case .date1904:
            (y, m, d) = SpreadsheetDate.civilFromDays(SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1) + dayNumber)
        }
        return DateTimeComponents(
            year: y, month: m, day: d,
            hour: ms / 3_600_000, minute: (ms / 60_000) % 60, second: (ms / 1000) % 60, millisecond: ms % 1000)
    }

    public var description: String { components?.iso8601 ?? String(serial) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
