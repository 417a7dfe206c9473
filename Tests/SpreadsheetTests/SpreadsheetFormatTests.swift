import Testing

@testable import Spreadsheet

/// `SpreadsheetFormat.detect`: by content, the name only as a tie-breaker.
@Suite("Spreadsheet format detection")
struct SpreadsheetFormatTests {
    static let ods = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26) + Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)

    @Test(
        "Content decides",
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "budget.csv", SpreadsheetFormat.workbook),
            ([0x50, 0x4B, 0x05, 0x06], "empty-archive", .workbook),
            (ods, "budget.xlsx", .openDocument),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "budget.xlsx", .legacyWorkbook),
            (Array("%PDF-1.7\n".utf8), "budget.csv", .pdf),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "scan.xlsx", .image),
            ([0xFF, 0xD8, 0xFF, 0xE0], "foto.csv", .image),
            ([], "tom.csv", .empty),
            (Array(" \r\n".utf8), "blank.csv", .empty),
            (Array("a;b\r\n1;2\r\n".utf8), "data.txt", .text),
            ([0xFF, 0xFE, 0x61, 0x00], "utf16.dat", .text),
        ] as [([UInt8], String, SpreadsheetFormat)])
    func content(_ bytes: [UInt8], _ name: String, _ expected: SpreadsheetFormat) {
        #expect(SpreadsheetFormat.detect(prefix: bytes, name: name, isWhole: true) == expected)
    }

    @Test("The name breaks ties only: lock files, UTF-16 without a mark, text under a workbook's name")
    func tieBreakers() {
        #expect(SpreadsheetFormat.detect(prefix: Array("x".utf8), name: "~$budget.xlsx") == .lockFile)
        #expect(SpreadsheetFormat.detect(prefix: Array("jensen,host".utf8), name: ".~lock.budget.xlsx#") == .lockFile)
        let utf16: [UInt8] = [0x61, 0x00, 0x3B, 0x00, 0x62, 0x00]
        #expect(SpreadsheetFormat.detect(prefix: utf16, name: "data.csv") == .text)
        #expect(SpreadsheetFormat.detect(prefix: utf16, name: "data.bin") == .binary)
        #expect(SpreadsheetFormat.detect(prefix: Array("not a zip".utf8), name: "broken.xlsx") == .workbook)
        #expect(SpreadsheetFormat.detect(prefix: Array("not a zip".utf8), name: "notes.csv") == .text)
    }

    @Test("Every format that is not read says what it is and what to do, in both languages")
    func explanations() {
        for format in SpreadsheetFormat.allCases {
            #expect(!format.name(english: true).isEmpty && !format.name(english: false).isEmpty)
            #expect((format.advice(english: true) == nil) == format.isReadable)
            #expect((format.advice(english: false) == nil) == format.isReadable)
        }
    }
}

/// `CSVGroupedNumber`: amounts with thousands separators, by the file's notation.
@Suite("CSV grouped numbers")
struct CSVGroupedNumberTests {
    @Test("Danish and English grouping, settled or not; one group unsettled is ambiguous")
    func readings() {
        #expect(CSVGroupedNumber.read("1.490.000", decimal: .comma, isSettled: true) == .number(.integer(1_490_000), format: "#,##0"))
        #expect(CSVGroupedNumber.read("40.000", decimal: .comma, isSettled: true) == .number(.integer(40_000), format: "#,##0"))
        #expect(CSVGroupedNumber.read("1.490.000,50", decimal: .comma, isSettled: true) == .number(.number(1_490_000.5), format: "#,##0.00"))
        #expect(CSVGroupedNumber.read("1,490,000", decimal: .point, isSettled: true) == .number(.integer(1_490_000), format: "#,##0"))
        #expect(CSVGroupedNumber.read("-40,000", decimal: .point, isSettled: true) == .number(.integer(-40_000), format: "#,##0"))
        #expect(CSVGroupedNumber.read("1.500", decimal: .point, isSettled: false) == .ambiguous)
        #expect(CSVGroupedNumber.read("2.490.000", decimal: .point, isSettled: false) == .number(.integer(2_490_000), format: "#,##0"))
        #expect(CSVGroupedNumber.read("2013", decimal: .comma, isSettled: true) == .number(.integer(2013), format: nil))
        #expect(CSVGroupedNumber.read("12,5", decimal: .comma, isSettled: true) == .number(.number(12.5), format: nil))
        for text in ["1.50", "01.500", "1..500", "1.500 kr.", "abc", "0800", ""] {
            #expect(CSVGroupedNumber.read(text, decimal: .comma, isSettled: true) == .text, "\(text)")
        }
    }
}
