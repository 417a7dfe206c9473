import Testing

@testable import Spreadsheet

/// Sheets (and large parts) are inflated on a second thread a few chunks ahead of the
/// parser (`ReadAheadStream`). With the smallest chunk size a sheet passes through the
/// ring of chunks hundreds of times; rows, errors and early ends must be exactly as
/// when the entry is read directly.
@Suite("XLSX reader: read-ahead")
struct XLSXReadAheadTests {
    static let rowCount = 12_000
    static let smallChunks = XLSXReadOptions(chunkSize: 4096)

    /// A sheet of `rowCount` rows: a number, a shared string and an inline string each.
    static let fixture: WorkbookFixture = {
        let rows = (1...rowCount).map { r in
            "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r * 3)</v></c><c r=\"B\(r)\" t=\"s\"><v>\(r % 7)</v></c>"
                + "<c r=\"C\(r)\" t=\"inlineStr\"><is><t>række \(r)</t></is></c></row>"
        }.joined()
        return WorkbookFixture(rows: rows, sharedStrings: (0..<7).map { "<t>tekst \($0)</t>" })
    }()

    static func check(_ row: Row) {
        let r = row.index + 1
        #expect(row.cells.count == 3)
        #expect(row[0] == .integer(Int64(r * 3)))
        #expect(row[1] == .string("tekst \(r % 7)"))
        #expect(row[2] == .string("række \(r)"))
    }

    @Test("every row arrives, in order, through hundreds of chunks")
    func allRows() throws {
        let workbook = try XLSXReadAheadTests.fixture.open(XLSXReadAheadTests.smallChunks)
        var expected = 0
        try workbook.forEachRow(inSheet: 0) { row in
            #expect(row.index == expected)
            XLSXReadAheadTests.check(row)
            expected += 1
        }
        #expect(expected == XLSXReadAheadTests.rowCount)
        let grid = try workbook.readSheet(at: 0)
        #expect(grid.rows.count == XLSXReadAheadTests.rowCount)
        #expect(try workbook.dimension(ofSheet: 0) == nil)
    }

    struct Enough: Error {}

    @Test("a caller that stops early ends the inflating thread, and the workbook reads again")
    func earlyEnd() throws {
        let workbook = try XLSXReadAheadTests.fixture.open(XLSXReadAheadTests.smallChunks)
        for stopAt in [0, 1, 250, XLSXReadAheadTests.rowCount - 1] {
            var seen = 0
            #expect(throws: Enough.self) {
                try workbook.forEachRow(inSheet: 0) { _ in
                    if seen == stopAt { throw Enough() }
                    seen += 1
                }
            }
            #expect(seen == stopAt)
        }
        var count = 0
        try workbook.forEachRow(inSheet: 0) { _ in count += 1 }
        #expect(count == XLSXReadAheadTests.rowCount)
    }

    @Test("a wrong checksum of a long sheet is reported after its data, as without read-ahead")
    func checksum() throws {
        let damaged = ZipPatcher.corruptingCRC(of: "xl/worksheets/sheet1.xml", in: XLSXReadAheadTests.fixture.bytes)
        let workbook = try XLSXWorkbook(bytes: damaged, options: XLSXReadAheadTests.smallChunks)
        var rows = 0
        do {
            try workbook.forEachRow(inSheet: 0) { _ in rows += 1 }
            Issue.record("no error")
        } catch let error as XLSXError {
            #expect(error.kind == .checksumMismatch)
            #expect(error.part == "xl/worksheets/sheet1.xml")
        }
        #expect(rows > 0)
        let tolerant = try XLSXWorkbook(
            bytes: damaged, options: XLSXReadOptions(verifiesChecksums: false, chunkSize: 4096))
        #expect(try tolerant.readSheet(at: 0).rows.count == XLSXReadAheadTests.rowCount)
    }

    @Test("malformed XML deep in a damaged sheet is reported as the damage it is")
    func malformedAndDamaged() throws {
        var fixture = XLSXReadAheadTests.fixture
        fixture.sheets[0].xml = fixture.sheets[0].xml.replacingOccurrences(of: "<row r=\"9000\">", with: "<row r=\"9000\"><x>")
        let plain = try fixture.open(XLSXReadAheadTests.smallChunks)
        #expect(throws: XLSXError.self) { try plain.readSheet(at: 0) }
        do {
            _ = try plain.readSheet(at: 0)
        } catch {
            #expect(error.kind == .malformedXML)
            #expect(error.line != nil)
        }
        let damaged = try XLSXWorkbook(
            bytes: ZipPatcher.corruptingCRC(of: "xl/worksheets/sheet1.xml", in: fixture.bytes),
            options: XLSXReadAheadTests.smallChunks)
        do {
            _ = try damaged.readSheet(at: 0)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .checksumMismatch)
        }
    }

    @Test("a size limit hit while inflating ahead stops the read with the limit's error")
    func limit() throws {
        let workbook = try XLSXWorkbook(
            bytes: XLSXReadAheadTests.fixture.bytes,
            options: XLSXReadOptions(limits: ZipLimits(maxUncompressedEntrySize: 200_000), chunkSize: 4096))
        #expect {
            try workbook.forEachRow(inSheet: 0) { _ in }
        } throws: { error in
            (error as? XLSXError)?.kind == .limitExceeded(.entrySize)
        }
    }

    @Test("a shared-string part over the read-ahead threshold is read completely")
    func largeSharedStrings() throws {
        let count = 40_000
        let items = (0..<count).map { "<t>delt tekst nummer \($0) &amp; mere</t>" }
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>\(count - 1)</v></c></row>"
        let fixture = WorkbookFixture(rows: rows, sharedStrings: items)
        let xmlSize = fixture.sharedStrings!.utf8.count
        #expect(Int64(xmlSize) > XMLPartReader.readAheadThreshold)
        let grid = try fixture.grid(XLSXReadAheadTests.smallChunks)
        #expect(grid.rows.first?[0] == .string("delt tekst nummer 0 & mere"))
        #expect(grid.rows.first?[1] == .string("delt tekst nummer \(count - 1) & mere"))
    }
}
