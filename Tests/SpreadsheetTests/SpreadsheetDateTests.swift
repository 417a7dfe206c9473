import Testing

@testable import Spreadsheet

@Suite("Date serials")
struct SpreadsheetDateTests {
    @Test(
        "1900 system follows Excel, phantom leap day included",
        arguments: [
            (0.0, "1899-12-31T00:00:00"), (1.0, "1900-01-01T00:00:00"), (59.0, "1900-02-28T00:00:00"),
            (60.0, "1900-02-29T00:00:00"), (61.0, "1900-03-01T00:00:00"), (43861.572916666664, "2020-01-31T13:45:00"),
            (0.5, "1899-12-31T12:00:00"), (2_958_465.0, "9999-12-31T00:00:00"),
        ])
    func serials1900(serial: Double, iso: String) {
        #expect(SpreadsheetDate(serial: serial).components?.iso8601 == iso)
    }

    @Test("1904 system counts from 1904-01-01")
    func serials1904() {
        #expect(SpreadsheetDate(serial: 0, system: .date1904).components?.iso8601 == "1904-01-01T00:00:00")
        #expect(SpreadsheetDate(serial: 42398, system: .date1904).components?.iso8601 == "2020-01-30T00:00:00")
    }

    @Test("components convert back to the same serial")
    func roundTrip() {
        for serial in [1.0, 59, 61, 100, 43861.5, 2_958_465] {
            let date = SpreadsheetDate(serial: serial)
            let back = SpreadsheetDate(date.components!)
            #expect(abs(back.serial - serial) < 1e-9)
        }
    }

    @Test("negative and far-future serials are not dates")
    func outOfRange() {
        #expect(SpreadsheetDate(serial: -1).components == nil)
        #expect(SpreadsheetDate(serial: 2_958_466).components == nil)
    }
}
