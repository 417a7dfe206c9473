import Foundation
import Testing

@testable import Spreadsheet

/// Long texts (issue 18): a 10 MB cell, a 2 MB rich-text string, a first line of a million
/// fields, texts of nothing but spaces or unit letters. Each input is built here; each
/// read must come back whole, and the amount and unit readers must not take a time that
/// grows with the square of the length (before, 10 MB never finished).
@Suite("Hostile input: long texts")
struct HostileLongTextTests {
    static let tenMegabytes = 10 << 20

    /// The first sheet of `fixture` with every entry stored, not deflated (a text of one
    /// letter deflates a thousandfold, which the zip-bomb guard rightly refuses).
    static func storedGrid(_ fixture: WorkbookFixture) throws -> SheetGrid {
        let entries = fixture.entries.map { entry in
            var stored = entry
            stored.deflate = false
            return stored
        }
        return try XLSXWorkbook(bytes: ZipBuilder.archive(entries)).readSheet(at: 0)
    }

    @Test("a workbook with one 10 MB cell, inline and shared, reads the whole text")
    func tenMegabyteCell() throws {
        let text = String(repeating: "x", count: HostileLongTextTests.tenMegabytes)
        let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Aktivitet</t></is></c><c r="B1"><v>2013</v></c></row>"#
        let inline = WorkbookFixture(
            rows: header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>\#(text)</t></is></c><c r="B2"><v>5</v></c></row>"#)
        let shared = WorkbookFixture(
            rows: header + #"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>5</v></c></row>"#,
            sharedStrings: ["<t>\(text)</t>"])
        for fixture in [inline, shared] {
            let grid = try HostileLongTextTests.storedGrid(fixture)
            #expect(grid["A2"] == .string(text))
            #expect(grid["B2"] == .integer(5))
        }
    }

    @Test("a 2 MB rich-text shared string of 20,000 runs reads as one text")
    func richText() throws {
        let run = String(repeating: "ab", count: 50)
        let runs = String(repeating: "<r><rPr><b/></rPr><t>\(run)</t></r>", count: 20_000)
        let fixture = WorkbookFixture(rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: [runs])
        let grid = try HostileLongTextTests.storedGrid(fixture)
        guard case .string(let text) = grid["A1"] else {
            Issue.record("A1 is not a string: \(grid["A1"])")
            return
        }
        #expect(text.utf8.count == 2_000_000)
    }

    @Test("a CSV field of 10 MB is one cell")
    func tenMegabyteCSVField() throws {
        let text = String(repeating: "x", count: HostileLongTextTests.tenMegabytes)
        let bytes = Array("Aktivitet;2013\n\"\(text)\";100\nB;1\n".utf8)
        let grid = try CSVReader(bytes: bytes).readGrid()
        #expect(grid["A2"] == .string(text))
        #expect(grid["B3"] == .string("1"))
    }

    @Test("a first line of 1,000,000 fields: the delimiter is found and the line is one row")
    func millionFields() throws {
        let header = (0..<1_000_000).map { _ in "a" }.joined(separator: ";")
        let bytes = Array((header + "\n1;2;3\n").utf8)
        let reader = try CSVReader(bytes: bytes)
        #expect(reader.dialect.delimiter == ";")
        #expect(reader.detection.warnings.isEmpty)
        let summary = try reader.forEachRecord { _ in }
        #expect(summary.rowCount == 2)
        #expect(summary.expectedFieldCount == 1_000_000)
    }

    @Test("amount texts of 1 MB (spaces, unit letters, digits) are read or refused without a square-time walk")
    func longAmountTexts() throws {
        let n = 1 << 20
        // Leading spaces were trimmed one at a time; "krkr…" recursed once per "kr".
        let spaces = String(repeating: " ", count: n) + "40"
        #expect(try AmountParser.parse(spaces).kroner == 40)
        #expect(throws: AmountParseError.self) { try AmountParser.parse("40 " + String(repeating: "kr", count: n / 2)) }
        #expect(AmountUnit.inHeader(String(repeating: "k", count: n)) == nil)
        #expect(AmountUnit.inHeader("Beløb i t.kr. " + String(repeating: "x", count: n)) == .thousands)
    }

    @Test("only the start of a long header is examined for its unit")
    func headerLimit() {
        let limit = HeaderTextLimit.examinedScalars
        #expect(HeaderTextLimit.examined("kort") == "kort")
        let long = String(repeating: "æ", count: limit * 3)
        #expect(HeaderTextLimit.examined(long).unicodeScalars.count == limit)
        // A unit word past the limit is not read: a header is not that long.
        #expect(AmountUnit.inHeader(String(repeating: "x ", count: limit) + "mio. kr.") == nil)
        #expect(AmountUnit.inHeader("mio. kr. " + String(repeating: "x ", count: limit)) == .millions)
    }
}
