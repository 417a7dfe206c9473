import Foundation
import Testing

@testable import Spreadsheet

/// Hostile sheet XML: sizes a file claims, huge and deeply nested content, bytes that are
/// not UTF-8, numbers that are not finite, indices that point nowhere, references that
/// overflow, rows written in pieces and shared formulas that expand without end. Each
/// ends in a specific typed error or an exact tolerant read, and memory follows what the
/// file holds, never what it declares.
@Suite("Hostile input: sheet XML")
struct HostileSheetTests {
    static let main = WorkbookFixture.main

    /// The error `body` throws, which must be an ``XLSXError``.
    static func error(_ body: () throws -> Void) -> XLSXError? {
        HostileZipTests.error(body)
    }

    /// Random text without XML specials or `_` (so no `_xHHHH_` escapes), `count` bytes of UTF-8.
    static func randomText(bytes count: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789 .,;:-+()€")
        var text = ""
        text.reserveCapacity(count + 4)
        while text.utf8.count < count { text.append(alphabet.randomElement(using: &generator)!) }
        return text
    }

    // MARK: - Declared sizes

    @Test("a dimension of the whole sheet and one cell at XFD1048576: one row of one cell, nothing allocated by the declared size")
    func wholeSheetDimension() throws {
        let xml = WorkbookFixture.worksheet(
            "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>",
            extra: "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>",
            before: "<dimension ref=\"A1:XFD1048576\"/>")
        let workbook = try WorkbookFixture(sheets: [.init(name: "Stor", xml: xml)]).open()
        let whole = CellRange(start: CellAddress(row: 0, column: 0), end: CellAddress(row: 1_048_575, column: 16_383))
        #expect(try workbook.dimension(ofSheet: 0) == whole)
        let grid = try workbook.readSheet(at: 0)
        #expect(grid.rows.count == 1)
        #expect(grid.rows[0].index == 1_048_575)
        #expect(grid.rows[0].cells == [Cell(column: 16_383, value: .integer(7))])
        #expect(grid.mergedRanges == [whole])
        #expect(grid.usedRange == CellRange("XFD1048576:XFD1048576"))
        var streamed: [Row] = []
        try workbook.forEachRow(inSheet: 0) { streamed.append($0) }
        #expect(streamed == grid.rows)
    }

    @Test("100,000 merged ranges are all kept, exactly")
    func manyMergedRanges() throws {
        let count = 100_000
        let merges = (0..<count).map { "<mergeCell ref=\"A\(2 * $0 + 1):C\(2 * $0 + 2)\"/>" }.joined()
        let xml = WorkbookFixture.worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", extra: "<mergeCells count=\"\(count)\">\(merges)</mergeCells>")
        let grid = try WorkbookFixture(sheets: [.init(name: "Fletninger", xml: xml)]).grid()
        #expect(grid.mergedRanges.count == count)
        #expect(grid.mergedRanges.first == CellRange("A1:C2"))
        #expect(grid.mergedRanges[54_321] == CellRange("A108643:C108644"))
        #expect(grid.mergedRanges.last == CellRange("A199999:C200000"))
        #expect(grid.rows == [Row(index: 0, cells: [Cell(column: 0, value: .integer(1))])])
    }

    @Test("a 10 MB string cell reads back exactly: inline, shared and a formula's string result")
    func tenMegabyteStrings() throws {
        let text = HostileSheetTests.randomText(bytes: 10 << 20, seed: 10)
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">\(text)</t></is></c>\
            <c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><f>A1</f><v>\(text)</v></c><c r="D1"><v>5</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows, sharedStrings: ["<t xml:space=\"preserve\">\(text)</t>"]).grid()
        #expect(grid["A1"] == .string(text))
        #expect(grid["B1"] == .string(text))
        #expect(grid["C1"] == .string(text))
        #expect(grid["D1"] == .integer(5))
    }

    // MARK: - Nesting and encoding

    static let deep = String(repeating: "<x>", count: 10_000) + String(repeating: "</x>", count: 10_000)

    @Test("XML nested 10,000 deep is refused at depth 257, in a sheet and in shared strings")
    func deepNesting() throws {
        let sheet = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", extra: "<extLst>\(HostileSheetTests.deep)</extLst>")
        let workbook = try sheet.open()
        let error = HostileSheetTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.sheet == "Sheet1")
        #expect(error?.detail == "elements nested more than 256 deep")
        #expect(error?.line == 2)
        #expect(error?.column != nil)

        let strings = WorkbookFixture(rows: "", sharedStrings: ["<r>\(HostileSheetTests.deep)</r>"])
        let opening = HostileSheetTests.error { _ = try strings.open() }
        #expect(opening?.kind == .malformedXML)
        #expect(opening?.part == "xl/sharedStrings.xml")
        #expect(opening?.detail == "elements nested more than 256 deep")
    }

    @Test("nesting within the limit is read as usual")
    func nestingWithinLimit() throws {
        // worksheet, extLst and 250 more: 252 levels.
        let nested = String(repeating: "<x>", count: 250) + String(repeating: "</x>", count: 250)
        let grid = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", extra: "<extLst>\(nested)</extLst>").grid()
        #expect(grid["A1"] == .integer(1))
    }

    @Test("bytes that are not UTF-8 in a sheet or in shared strings: malformed XML, with line and column")
    func invalidUTF8() throws {
        var entries = WorkbookFixture(rows: "").entries
        let sheetPrefix = "<worksheet xmlns=\"\(HostileSheetTests.main)\"><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ab"
        let sheet = Array(sheetPrefix.utf8) + [0xFF, 0xC3, 0x28] + Array("cd</t></is></c><c r=\"B1\"><v>5</v></c></row></sheetData></worksheet>".utf8)
        let sheetIndex = entries.firstIndex { $0.name == "xl/worksheets/sheet1.xml" }!
        entries[sheetIndex] = .init("xl/worksheets/sheet1.xml", bytes: sheet)
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        let error = HostileSheetTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.detail?.contains("not proper UTF-8") == true)
        #expect(error?.line == 2)
        #expect(error?.column != nil)

        let strings = Array("<sst xmlns=\"\(HostileSheetTests.main)\"><si><t>Tilskud".utf8) + [0xC3] + Array("</t></si></sst>".utf8)
        entries[sheetIndex] = .init("xl/worksheets/sheet1.xml", WorkbookFixture.worksheet(""))
        entries.append(.init("xl/sharedStrings.xml", bytes: strings))
        let opening = HostileSheetTests.error { _ = try XLSXWorkbook(bytes: ZipBuilder.archive(entries)) }
        #expect(opening?.kind == .malformedXML)
        #expect(opening?.part == "xl/sharedStrings.xml")
        #expect(opening?.detail?.contains("not proper UTF-8") == true)
        #expect(opening?.line == 1)
    }

    @Test("bytes that do not exist in the declared encoding: malformed XML naming the bytes and the place")
    func invalidInDeclaredEncoding() throws {
        var entries = WorkbookFixture(rows: "").entries
        let sheetIndex = entries.firstIndex { $0.name == "xl/worksheets/sheet1.xml" }!
        // 0x81 is not a character in Windows-1252.
        let sheet =
            Array(
                "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<worksheet xmlns=\"\(HostileSheetTests.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a"
                    .utf8)
            + [0x81] + Array("b</t></is></c></row></sheetData></worksheet>".utf8)
        entries[sheetIndex] = .init("xl/worksheets/sheet1.xml", bytes: sheet)
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        let error = HostileSheetTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .malformedXML)
        // libxml2's own line ("xmlParseChunk: encoder error") is kept in the error, not printed.
        #expect(error?.detail == "input conversion failed due to input error, bytes 0x81 0x62 0x3C 0x2F (libxml2: xmlParseChunk: encoder error)")
        #expect(error?.line == 2)
        #expect(error?.column != nil)
    }

    // MARK: - Values

    @Test("NaN, INF, -INF and 1e999 in numeric cells read as those doubles (as the oracle does), never as dates")
    func nonFiniteNumbers() throws {
        let rows = """
            <row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>INF</v></c><c r="C1"><v>-INF</v></c>\
            <c r="D1"><v>1e999</v></c><c r="E1" t="n"><v>-1e999</v></c><c r="F1"><v>1e-999</v></c>\
            <c r="G1" s="1"><v>nan</v></c><c r="H1" s="1"><v>inf</v></c><c r="I1" t="n"><v>Infinity</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows, styles: WorkbookFixture.stylesXML(cellXfs: [0, 14])).grid()
        guard case .number(let nan) = grid["A1"] else {
            Issue.record("A1 is \(grid["A1"])")
            return
        }
        #expect(nan.isNaN)
        #expect(grid["B1"] == .number(.infinity))
        #expect(grid["C1"] == .number(-.infinity))
        #expect(grid["D1"] == .number(.infinity))
        #expect(grid["E1"] == .number(-.infinity))
        #expect(grid["F1"] == .number(0))
        let g1 = try #require(grid.cell(at: CellAddress("G1")!))
        guard case .number(let dateNaN) = g1.value else {
            Issue.record("G1 is \(g1.value)")
            return
        }
        #expect(dateNaN.isNaN)
        #expect(g1.numberFormat == "mm-dd-yy")
        #expect(grid["H1"] == .number(.infinity))
        #expect(grid["I1"] == .number(.infinity))
    }

    @Test("shared-string indices out of range give no value (as the oracle reads them); the other cells are exact")
    func sharedStringIndexOutOfRange() throws {
        let rows = """
            <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>-1</v></c>\
            <c r="C1" t="s"><v>99999999999999999999999</v></c><c r="D1" t="s"><v>x</v></c>\
            <c r="E1" t="s"><v> 0 </v></c><c r="F1"><v>12</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows, sharedStrings: ["<t>Tilskud</t>"]).grid()
        #expect(grid.rows == [Row(index: 0, cells: [Cell(column: 4, value: .string("Tilskud")), Cell(column: 5, value: .integer(12))])])
    }

    @Test("style indices out of range keep the value and give no number format")
    func styleIndexOutOfRange() throws {
        let rows = """
            <row r="1"><c r="A1" s="7"><v>5</v></c><c r="B1" s="-1"><v>6</v></c>\
            <c r="C1" s="99999999999999999999"><v>7</v></c><c r="D1" s="1"><v>8</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows, styles: WorkbookFixture.stylesXML(cellXfs: [0, 4])).grid()
        #expect(
            grid.rows == [
                Row(
                    index: 0,
                    cells: [
                        Cell(column: 0, value: .integer(5)),
                        Cell(column: 1, value: .integer(6)),
                        Cell(column: 2, value: .integer(7), numberFormat: "General"),  // an index too large to parse counts as 0
                        Cell(column: 3, value: .integer(8), numberFormat: "#,##0.00"),
                    ])
            ])
    }

    // MARK: - References (fuzzer finds)

    static let longLetters = String(repeating: "A", count: 30)

    @Test("a cell reference with 30 letters is an invalid reference, not an arithmetic overflow")
    func longLetterReference() throws {
        let reference = HostileSheetTests.longLetters + "1"
        let error = HostileSheetTests.error {
            _ = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"\(reference)\"><v>1</v></c></row>").grid()
        }
        #expect(error?.kind == .invalidCellReference)
        #expect(error?.reference == reference)
        for bad in ["XFDA1", "$AAAA$1", "ZZZZZZZZZZZZZZZZZZZZ1048576"] {
            let e = HostileSheetTests.error { _ = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"\(bad)\"><v>1</v></c></row>").grid() }
            #expect(e?.kind == .invalidCellReference && e?.reference == bad, "\(bad)")
        }
    }

    @Test("long letter runs in dimension and merge references are ignored; in shared formulas they are not moved")
    func longLettersElsewhere() throws {
        let letters = HostileSheetTests.longLetters
        let rows = """
            <row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">SUM(\(letters)1)+B1</f><v>1</v></c></row>\
            <row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>
            """
        let xml = WorkbookFixture.worksheet(
            rows, extra: "<mergeCells count=\"2\"><mergeCell ref=\"\(letters)1:A1\"/><mergeCell ref=\"A1:B1\"/></mergeCells>",
            before: "<dimension ref=\"A1:\(letters)2\"/>")
        let workbook = try WorkbookFixture(sheets: [.init(name: "Ark1", xml: xml)]).open()
        #expect(try workbook.dimension(ofSheet: 0) == nil)
        let grid = try workbook.readSheet(at: 0)
        #expect(grid.mergedRanges == [CellRange("A1:B1")!])
        #expect(grid.cell(at: CellAddress("A2")!)?.formula == "SUM(\(letters)1)+B2")
        #expect(grid["A2"] == .integer(2))
    }

    // MARK: - Algorithmic bombs (fuzzer and review finds)

    @Test("a row written as 16,384 separate <row r=\"1\"> pieces, backwards, is one row of 16,384 cells")
    func rowInPieces() throws {
        let columns = 16_384
        let pieces = (0..<columns).reversed().map { column in
            "<row r=\"1\"><c r=\"\(CellAddress.columnName(column))1\"><v>\(column)</v></c></row>"
        }.joined()
        let grid = try WorkbookFixture(rows: pieces).grid()
        #expect(grid.rows.count == 1)
        #expect(grid.rows[0].cells == (0..<columns).map { Cell(column: $0, value: .integer(Int64($0))) })
    }

    @Test("one <row> of 16,384 cells written backwards, some emptied again later: sorted, later cells win")
    func rowBackwards() throws {
        let columns = 16_384
        var cells = (0..<columns).reversed().map { "<c r=\"\(CellAddress.columnName($0))1\"><v>\($0)</v></c>" }
        // Every third column is written again without a value, which removes it; every fifth gets a new value.
        cells += stride(from: 0, to: columns, by: 3).map { "<c r=\"\(CellAddress.columnName($0))1\"/>" }
        cells += stride(from: 0, to: columns, by: 5).map { "<c r=\"\(CellAddress.columnName($0))1\" t=\"inlineStr\"><is><t>ny</t></is></c>" }
        let grid = try WorkbookFixture(rows: "<row r=\"1\">\(cells.joined())</row>").grid()
        let expected: [Cell] = (0..<columns).compactMap { column in
            if column % 5 == 0 { return Cell(column: column, value: .string("ny")) }
            if column % 3 == 0 { return nil }
            return Cell(column: column, value: .integer(Int64(column)))
        }
        #expect(grid.rows.count == 1)
        #expect(grid.rows[0].cells == expected)
    }

    @Test("a long formula shared by thousands of cells stops at the shared-formula limit, naming the cell")
    func sharedFormulaBomb() throws {
        let master = (1...1_500).map { "A\($0)" }.joined(separator: "+")  // 8,393 bytes
        let children = 2_000
        var rows = "<row r=\"1\"><c r=\"B1\"><f t=\"shared\" ref=\"B1:B\(children + 1)\" si=\"0\">\(master)</f><v>1</v></c></row>"
        for row in 2...(children + 1) { rows += "<row r=\"\(row)\"><c r=\"B\(row)\"><f t=\"shared\" si=\"0\"/><v>\(row)</v></c></row>" }
        let fixture = WorkbookFixture(rows: rows)
        let limit: Int64 = 1 << 20
        let strict = try fixture.open(XLSXReadOptions(limits: ZipLimits(maxSharedFormulaText: limit)))
        let error = HostileSheetTests.error { _ = try strict.readSheet(at: 0) }
        #expect(error?.kind == .limitExceeded(.sharedFormulaText))
        let crossing = Int(limit) / master.utf8.count + 1  // the child whose copy crosses the limit
        #expect(error?.cell == CellAddress("B\(crossing + 1)"))
        #expect(error?.sheet == "Sheet1")
        #expect(error?.description.contains("shared formulas expand to too much text") == true)
        #expect(error?.danishDescription.contains("delte formler") == true)
        // Without formulas every value is there; with the default limit, every formula too.
        let values = try fixture.grid(XLSXReadOptions(readsFormulas: false))
        #expect(values.rows.count == children + 1)
        #expect(values["B2001"] == .integer(2001))
        let full = try fixture.grid()
        #expect(full.cell(at: CellAddress("B3")!)?.formula == (3...1_502).map { "A\($0)" }.joined(separator: "+"))
    }

    @Test("100,000 overlapping and broken <col> elements: each column is covered once, bad ones are dropped")
    func columnFlood() throws {
        let broken = [
            "<col min=\"0\" max=\"3\" width=\"10\"/>",  // columns count from 1
            "<col min=\"5\" max=\"4\" width=\"10\"/>",  // min after max
            "<col min=\"1\" max=\"16385\" width=\"10\"/>",  // past the last column
            "<col min=\"1\" max=\"2\" width=\"-1\"/>",  // negative width, not hidden: nothing to keep
            "<col min=\"1\" max=\"x\" width=\"10\"/>",
        ].joined()
        let kept = "<col min=\"1\" max=\"16384\" width=\"NaN\" hidden=\"1\"/>"
        let flood = String(repeating: "<col min=\"1\" max=\"16384\" width=\"10\"/>", count: 100_000)
        let fixture = WorkbookFixture(sheets: [
            .init(
                name: "Ark",
                xml: WorkbookFixture.worksheet(
                    "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", before: "<cols>" + broken + kept + flood + "</cols>"))
        ])
        var options = XLSXReadOptions()
        options.limits.maxCompressionRatio = 10_000  // the flood is one element repeated: it packs very well
        let grid = try fixture.open(options).readSheet(at: 0)
        #expect(grid.columns == [ColumnLayout(columns: 0...CellAddress.maxColumn, width: nil, hidden: true)])
        // Written back, the copy is as small as one <col>.
        let folder = try TemporaryFolder()
        let copy = folder.file("kopi.xlsx")
        try XLSXWriter.write(grids: [grid], to: copy)
        #expect(try XLSXWorkbook(path: copy).readSheet(at: 0).columns == grid.columns)
    }
}
