import Testing

@testable import Spreadsheet

/// Cell values read from small workbooks the tests build: strings of every
/// kind, numbers, booleans, errors, dates in both systems, formulas.
@Suite("XLSX reader: cell values")
struct XLSXReaderValueTests {
    @Test("shared strings: plain, rich runs joined, phonetic runs left out, whitespace and escapes")
    func sharedStrings() throws {
        let items = [
            "<t>plain</t>",
            "<r><t>Bold</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> and italic</t></r>",
            "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>",
            "<t>  trimmed \t\n</t>",
            "<t xml:space=\"preserve\">  kept  </t>",
            "<t>a_x000D_b_x005F_x0041_c</t>",
            "<t>_xD83D__xDE00_ and _xD800_</t>",
            "<t/>",
            "<t>Fish &amp; Chips &lt;3</t>",
        ]
        let cells = items.indices.map { "<c r=\"A\($0 + 1)\" t=\"s\"><v>\($0)</v></c>" }
        let rows = cells.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }.joined()
        let grid = try WorkbookFixture(rows: rows, sharedStrings: items).grid()
        #expect(grid["A1"] == .string("plain"))
        #expect(grid["A2"] == .string("Bold and italic"))
        #expect(grid["A3"] == .string("東京"))
        #expect(grid["A4"] == .string("trimmed"))
        #expect(grid["A5"] == .string("  kept  "))
        #expect(grid["A6"] == .string("a\rb_x0041_c"))
        #expect(grid["A7"] == .string("😀 and \u{FFFD}"))
        #expect(grid["A8"] == .string(""))
        #expect(grid["A9"] == .string("Fish & Chips <3"))
    }

    @Test("inline strings: trimmed unless preserved, rich runs, CDATA; no <is> means no value")
    func inlineStrings() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t> padded </t></is></c>\
            <c r="B1" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>\
            <c r="C1" t="inlineStr"><is><r><t>one</t></r><r><t xml:space="preserve"> two</t></r><rPh><t>x</t></rPh></is></c>\
            <c r="D1" t="inlineStr"><is><t><![CDATA[<data> & more]]></t></is></c>\
            <c r="E1" t="inlineStr"><v>ignored</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid["A1"] == .string("padded"))
        #expect(grid["B1"] == .string(" padded "))
        #expect(grid["C1"] == .string("one two"))
        #expect(grid["D1"] == .string("<data> & more"))
        #expect(grid.cell(at: CellAddress("E1")!) == nil)
    }

    @Test("numbers: integer literals stay exact, others are doubles; untyped text is a string")
    func numbers() throws {
        let rows = """
            <row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>9007199254740993</v></c>\
            <c r="C1"><v>-0.1</v></c><c r="D1" t="n"><v>1.5E3</v></c><c r="E1"><v> 7 </v></c>\
            <c r="F1"><v>12345678901234567890</v></c><c r="G1"><v>N/A text</v></c>\
            <c r="H1" t="n"><v>oops</v></c><c r="I1"><v></v></c><c r="J1"/></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid["A1"] == .integer(42))
        #expect(grid["B1"] == .integer(9_007_199_254_740_993))
        #expect(grid["C1"] == .number(-0.1))
        #expect(grid["D1"] == .number(1500))
        #expect(grid["E1"] == .integer(7))
        #expect(grid["F1"] == .number(12_345_678_901_234_567_168))  // the double nearest 12345678901234567890
        #expect(grid["G1"] == .string("N/A text"))
        for empty in ["H1", "I1", "J1"] { #expect(grid.cell(at: CellAddress(empty)!) == nil, "\(empty)") }
    }

    @Test("booleans and errors")
    func booleansAndErrors() throws {
        let rows = """
            <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>\
            <c r="C1" t="b"><v>TRUE</v></c><c r="D1" t="b"><v>maybe</v></c></row>\
            <row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="e"><v>#N/A</v></c>\
            <c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" t="e"><v>#SPILL!</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid["A1"] == .bool(true))
        #expect(grid["B1"] == .bool(false))
        #expect(grid["C1"] == .bool(true))
        #expect(grid.cell(at: CellAddress("D1")!) == nil)
        #expect(grid["A2"] == .error("#DIV/0!"))
        #expect(grid["B2"] == .error("#N/A"))
        #expect(grid.cell(at: CellAddress("C2")!)?.formula == "1/0")
        #expect(grid["D2"] == .error("#SPILL!"))
    }

    static let dateStyles = WorkbookFixture.stylesXML(
        numFmts: [(164, "dd-mm-yyyy"), (165, "[h]:mm"), (166, "\"day\" 0.00"), (167, "[Red]#,##0;[Blue]d"), (168, "h:mm AM/PM")],
        cellXfs: [0, 14, 164, 165, 166, 167, 168, 4, 22])

    @Test("dates from built-in and custom formats, 1900 system with its leap-year quirk")
    func dates1900() throws {
        let rows = """
            <row r="1"><c r="A1" s="1"><v>43861.572916666664</v></c><c r="B1" s="2"><v>60</v></c>\
            <c r="C1" s="2"><v>61</v></c><c r="D1" s="2"><v>0</v></c><c r="E1" s="3"><v>1.5</v></c>\
            <c r="F1" s="8"><v>59.5</v></c></row>\
            <row r="2"><c r="A2" s="4"><v>5</v></c><c r="B2" s="5"><v>5</v></c><c r="C2" s="7"><v>5</v></c>\
            <c r="D2" s="6"><v>0.75</v></c></row>\
            <row r="3"><c r="A3" s="1"><v>-1</v></c><c r="B3" s="1"><v>2958466</v></c><c r="C3" s="1"><v>2958465</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows, styles: XLSXReaderValueTests.dateStyles).grid()
        func iso(_ ref: String) -> String? {
            if case .date(let d) = grid[ref] { return d.components?.iso8601 }
            return nil
        }
        #expect(iso("A1") == "2020-01-31T13:45:00")
        #expect(iso("B1") == "1900-02-29T00:00:00")
        #expect(iso("C1") == "1900-03-01T00:00:00")
        #expect(iso("D1") == "1899-12-31T00:00:00")
        #expect(iso("E1") == "1900-01-01T12:00:00")
        #expect(iso("F1") == "1900-02-28T12:00:00")
        #expect(iso("D2") == "1899-12-31T18:00:00")
        // Quoted text and bracketed colours are not date parts; a later section does not count.
        #expect(grid["A2"] == .integer(5))
        #expect(grid["B2"] == .integer(5))
        #expect(grid["C2"] == .integer(5))
        // Negative and after-9999 serials stay numbers.
        #expect(grid["A3"] == .integer(-1))
        #expect(grid["B3"] == .integer(2_958_466))
        #expect(iso("C3") == "9999-12-31T00:00:00")
        #expect(grid.cell(at: CellAddress("B1")!)?.numberFormat == "dd-mm-yyyy")
        #expect(grid.cell(at: CellAddress("A1")!)?.numberFormat == "mm-dd-yy")
        #expect(grid.cell(at: CellAddress("C2")!)?.numberFormat == "#,##0.00")
    }

    @Test("1904 date system")
    func dates1904() throws {
        var fixture = WorkbookFixture(
            rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>42398</v></c></row>",
            styles: XLSXReaderValueTests.dateStyles)
        fixture.date1904 = true
        let workbook = try fixture.open()
        #expect(workbook.dateSystem == .date1904)
        let grid = try workbook.readSheet(at: 0)
        #expect(grid["A1"] == .date(SpreadsheetDate(serial: 0, system: .date1904)))
        if case .date(let d) = grid["B1"] {
            #expect(d.components?.iso8601 == "2020-01-30T00:00:00")
        } else {
            Issue.record("B1 is not a date")
        }
    }

    @Test("t=\"d\" cells: ISO dates, date-times, times, durations; text that is none of them stays text")
    func isoDateCells() throws {
        let rows = """
            <row r="1"><c r="A1" t="d"><v>2020-01-31T13:45:00Z</v></c><c r="B1" t="d"><v>2014-02-14T08:27:48.765</v></c>\
            <c r="C1" t="d"><v>1900-02-28</v></c><c r="D1" t="d"><v>12:00:00</v></c><c r="E1" t="d"><v>PT24H0M0.000S</v></c>\
            <c r="F1" t="d"><v>not a date</v></c><c r="G1" t="d"><v>2020-13-01</v></c>\
            <c r="H1" t="d"><v>1800-01-01</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid["A1"] == .date(SpreadsheetDate(serial: 43861.572916666664)))
        if case .date(let d) = grid["B1"] {
            #expect(d.components?.iso8601 == "2014-02-14T08:27:48.765")
        } else {
            Issue.record("B1 is not a date")
        }
        #expect(grid["C1"] == .date(SpreadsheetDate(serial: 59)))
        #expect(grid["D1"] == .date(SpreadsheetDate(serial: 0.5)))
        #expect(grid["E1"] == .date(SpreadsheetDate(serial: 1)))
        #expect(grid["F1"] == .string("not a date"))
        #expect(grid["G1"] == .string("2020-13-01"))
        #expect(grid["H1"] == .date(SpreadsheetDate(serial: -36523)))  // before Excel's epoch, still a date
    }

    @Test("formulas carry their text and cached value; shared formulas are moved from their master")
    func formulas() throws {
        let rows = """
            <row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c>\
            <c r="C1"><f t="shared" ref="C1:C3" si="0">A1+$B$1+B$1</f><v>5</v></c>\
            <c r="D1" t="str"><f>"x"&amp;A1</f><v>x1</v></c><c r="E1"><f>SUM(A1:A3)</f></c></row>\
            <row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c>\
            <c r="D2" t="str"><f>""</f><v></v></c></row>\
            <row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c>\
            <c r="D3"><f t="array" ref="D3:D4">{1;2}</f><v>1</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid.cell(at: CellAddress("B1")!) == Cell(column: 1, value: .integer(2), formula: "A1*2"))
        #expect(grid.cell(at: CellAddress("C1")!)?.formula == "A1+$B$1+B$1")
        #expect(grid.cell(at: CellAddress("C2")!)?.formula == "A2+$B$1+B$1")
        #expect(grid.cell(at: CellAddress("C3")!)?.formula == "A3+$B$1+B$1")
        #expect(grid["C3"] == .integer(7))
        #expect(grid.cell(at: CellAddress("D1")!) == Cell(column: 3, value: .string("x1"), formula: "\"x\"&A1"))
        #expect(grid.cell(at: CellAddress("D2")!)?.value == .string(""))
        #expect(grid.cell(at: CellAddress("D3")!)?.formula == "{1;2}")
        // A formula without a cached value is kept, with no value.
        #expect(grid.cell(at: CellAddress("E1")!) == Cell(column: 4, value: .empty, formula: "SUM(A1:A3)"))
        // Formulas can be left out.
        let plain = try WorkbookFixture(rows: rows).grid(XLSXReadOptions(readsFormulas: false))
        #expect(plain.cell(at: CellAddress("B1")!) == Cell(column: 1, value: .integer(2)))
        #expect(plain.cell(at: CellAddress("E1")!) == nil)
    }
}
