import Foundation
import Testing

@testable import Spreadsheet

/// Hostile CSV input the CSV suites do not already cover (they have the 50 MB unterminated
/// quote, the record and field limits, invalid UTF-8, random bytes with varying chunk sizes).
@Suite("Hostile input: CSV")
struct HostileCSVTests {
    static func read(_ bytes: [UInt8], chunk: Int = 64 << 10, typed: Bool = false) throws -> ([Row], CSVReadSummary) {
        var options = CSVReadOptions()
        options.chunkBytes = chunk
        options.typeNumbers = typed
        var rows: [Row] = []
        let summary = try CSVReader(bytes: bytes, options: options).forEachRow { rows.append($0) }
        return (rows, summary)
    }

    /// Found by fuzz/csv.swift: the field array grows by doubling, and a growth after the
    /// whole input had been read was taken for the end of the input, so the record ended
    /// there and the rest of the row came out as another row.
    @Test(
        "rows wider than the field array (129 to 5,000 fields) stay one row, in small and large files",
        arguments: [129, 130, 257, 1_000, 5_000])
    func wideRows(fields: Int) throws {
        let wide = (0..<fields).map { "f\($0)" }.joined(separator: ";")
        var lines = ["Aktivitet;Beløb", wide, "Indbrud;154", wide + ";ekstra", "Hærværk;73"]
        for (label, filler) in [("small", 0), ("larger than a chunk", 3_000)] {
            lines.insert(contentsOf: (0..<filler).map { "række \($0);\($0)" }, at: 1)
            let bytes = Array(lines.joined(separator: "\r\n").utf8) + [13, 10]
            let (rows, summary) = try HostileCSVTests.read(bytes)
            #expect(rows.count == lines.count, "\(label)")
            #expect(summary.rowCount == lines.count, "\(label)")
            let wideRow = try #require(rows.first { $0.cells.count >= fields }, "\(label)")
            #expect(wideRow.cells.map(\.value) == (0..<fields).map { .string("f\($0)") }, "\(label)")
            #expect(rows.last?.cells.map(\.value) == [.string("Hærværk"), .string("73")], "\(label)")
            for chunk in [64, 1_000] {
                let (again, againSummary) = try HostileCSVTests.read(bytes, chunk: chunk)
                #expect(again == rows, "\(label), chunk \(chunk)")
                #expect(againSummary == summary, "\(label), chunk \(chunk)")
            }
        }
    }

    @Test("the file's last row, wider than the field array and without a line end, is whole")
    func wideLastRow() throws {
        let bytes = Array(("a;b\r\n" + (0..<300).map(String.init).joined(separator: ";")).utf8)
        let (rows, _) = try HostileCSVTests.read(bytes, typed: true)
        #expect(rows.count == 2)
        #expect(rows[1].cells.map(\.value) == (0..<300).map { .integer(Int64($0)) })
    }

    /// Found by fuzz/csv.swift: text starting with U+FEFF in the file's first field was written
    /// as the file's first bytes, EF BB BF, which the reader rightly takes for a byte-order mark.
    @Test(
        "a first field that starts with U+FEFF keeps it through writing and reading, with and without a byte-order mark",
        arguments: [CSVWriteOptions.danishExcel, .rfc4180])
    func leadingByteOrderMarkCharacter(options: CSVWriteOptions) throws {
        let rows = [
            Row(index: 0, cells: [Cell(column: 0, value: .string("\u{FEFF}Aktivitet")), Cell(column: 1, value: .string("\u{FEFF}B"))]),
            Row(index: 1, cells: [Cell(column: 0, value: .string("\u{FEFF}Indbrud"))]),
        ]
        let bytes = try CSVWriter.encode(rows, options: options)
        var read = CSVReadOptions(dialect: options.dialect)
        read.stripsFormulaGuard = true
        var back: [Row] = []
        try CSVReader(bytes: bytes, options: read).forEachRow { back.append($0) }
        #expect(back == rows)
        var detected: [Row] = []
        try CSVReader(bytes: bytes).forEachRow { detected.append($0) }
        #expect(detected.map { $0.cells.map(\.value) } == rows.map { $0.cells.map(\.value) })
    }

    @Test("a workbook handed to the CSV reader is refused with what it is, in both languages, not read as garbage")
    func workbookAsCSV() throws {
        let folder = try TemporaryFolder()
        // A real workbook under a CSV name (as when an .xlsx was renamed).
        let workbook = folder.file("budget.csv")
        let writer = try XLSXWriter(path: workbook)
        let sheet = try writer.addSheet("Budget")
        try sheet.appendRow(values: [.string("Aktivitet"), .string("Beløb")])
        try sheet.appendRow(values: [.string("Indbrud"), .integer(154)])
        try writer.close()
        do {
            _ = try CSVReader(path: workbook)
            Issue.record("a ZIP package was read as CSV")
        } catch {
            #expect(error.kind == .notText(.zipPackage))
            #expect(error.description.hasPrefix(workbook + ", line 1, column 1: this is not CSV text but a ZIP package"))
            #expect(error.danishDescription.contains("ikke CSV-tekst, men en ZIP-pakke"))
        }
        // An old binary .xls (Compound File signature), from memory.
        let oldExcel: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(throws: CSVError(.notText(.compoundDocument), line: 1, column: 1)) {
            _ = try CSVReader(bytes: oldExcel)
        }
        // Text that merely starts with the letters "PK" is CSV.
        let (rows, _) = try HostileCSVTests.read(Array("PK;Beløb\r\nA;1\r\n".utf8))
        #expect(rows.count == 2)
    }

    @Test("a NUL byte inside a field is kept, not taken for the end of the text")
    func nulInField() throws {
        let bytes = Array("Aktivitet;Beløb\r\nA\u{0}B;100\r\nC;200\r\n".utf8)
        let (rows, summary) = try HostileCSVTests.read(bytes, typed: true)
        #expect(summary.dialect.encoding == .utf8)
        #expect(
            rows.map(\.cells) == [
                [Cell(column: 0, value: .string("Aktivitet")), Cell(column: 1, value: .string("Beløb"))],
                [Cell(column: 0, value: .string("A\u{0}B")), Cell(column: 1, value: .integer(100))],
                [Cell(column: 0, value: .string("C")), Cell(column: 1, value: .integer(200))],
            ])
    }

    @Test("typed reading: 1e999, NaN and INF stay text; the Int64 extremes are exact integers")
    func extremeNumbers() throws {
        let bytes = Array("9223372036854775807;-9223372036854775808;1e999;NaN;INF;-0\r\n".utf8)
        let (rows, _) = try HostileCSVTests.read(bytes, typed: true)
        #expect(
            rows.map(\.cells) == [
                [
                    Cell(column: 0, value: .integer(.max)), Cell(column: 1, value: .integer(.min)),
                    Cell(column: 2, value: .string("1e999")), Cell(column: 3, value: .string("NaN")),
                    Cell(column: 4, value: .string("INF")), Cell(column: 5, value: .integer(0)),
                ]
            ])
    }
}
