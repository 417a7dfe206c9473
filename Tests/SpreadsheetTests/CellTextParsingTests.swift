import Testing

@testable import Spreadsheet

@Suite("Cell text parsing")
struct CellTextParsingTests {
    static func parse(_ text: String) -> CellNumberText.Parsed? {
        Array(text.utf8).withUnsafeBufferPointer { CellNumberText.parse($0) }
    }

    @Test(
        "numbers from bytes",
        arguments: [
            ("0", CellNumberText.Parsed.integer(0)), ("-17", .integer(-17)), ("+5", .integer(5)), (" 12 ", .integer(12)),
            ("9223372036854775807", .integer(.max)), ("-9223372036854775808", .integer(.min)),
            ("9223372036854775808", .double(9_223_372_036_854_775_808)), ("0.1", .double(0.1)), (".5", .double(0.5)),
            ("5.", .double(5)), ("1e3", .double(1000)), ("-2.5E-3", .double(-0.0025)), ("inf", .double(.infinity)),
            ("-Infinity", .double(-.infinity)),
        ])
    func numbers(text: String, expected: CellNumberText.Parsed) {
        #expect(CellTextParsingTests.parse(text) == expected)
    }

    @Test("not numbers", arguments: ["", " ", "abc", "1e", "1.2.3", "--1", "0x10", "1,5", ".", "e5", "12abc", "nanx"])
    func notNumbers(text: String) {
        #expect(CellTextParsingTests.parse(text) == nil)
    }

    @Test("NaN parses as a double")
    func nan() {
        guard case .double(let value)? = CellTextParsingTests.parse("NaN") else {
            Issue.record("NaN not parsed")
            return
        }
        #expect(value.isNaN)
    }

    @Test(
        "date format codes",
        arguments: [
            ("yyyy-mm-dd", true), ("d/m/yy h:mm", true), ("[h]:mm:ss", true), ("[MM]", true), ("h AM/PM", true),
            ("0.00", false), ("#,##0", false), ("\"d\" 0", false), ("[Red]0.00", false), ("0;[Blue]d", false),
            ("\\d0", false), ("_d0", false), ("General", false), ("@", false), ("0 a/p", true), ("[$-409]0", false),
        ])
    func dateCodes(code: String, isDate: Bool) {
        #expect(NumberFormat.isDateCode(code) == isDate)
    }

    @Test("_xHHHH_ escapes")
    func escapes() {
        #expect(XStringText.decode(Array("a_x0041_b".utf8)) == "aAb")
        #expect(XStringText.decode(Array("_x005F_x0041_".utf8)) == "_x0041_")
        #expect(XStringText.decode(Array("_x00zz_".utf8)) == "_x00zz_")
        #expect(XStringText.decode(Array("_xD83D__xDE00_".utf8)) == "😀")
        #expect(XStringText.decode(Array("x_xDE00_".utf8)) == "x\u{FFFD}")
    }

    @Test("part names and relationship targets")
    func partNames() {
        #expect(PartName.key("/XL\\Workbook.xml") == "xl/workbook.xml")
        #expect(PartName.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PartName.relationshipsPart(of: "") == "_rels/.rels")
        #expect(PartName.resolve(target: "worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve(target: "/xl/styles.xml", from: "xl/workbook.xml") == "xl/styles.xml")
        #expect(PartName.resolve(target: "../media/a.png", from: "xl/drawings/d.xml") == "xl/media/a.png")
        #expect(PartName.resolve(target: "sub\\s.xml", from: "xl/workbook.xml") == "xl/sub/s.xml")
        #expect(PartName.percentDecoded("sheet%201.xml") == "sheet 1.xml")
        #expect(PartName.percentDecoded("%C3%A6") == "æ")
        #expect(PartName.percentDecoded("bad%2") == nil)
    }
}
