import Foundation
import Testing

@testable import Spreadsheet

/// The oracle-format dump: its number and string text, and whole dumps of built workbooks.
@Suite("Workbook dump (oracle format)")
struct WorkbookDumpTests {
    @Test(
        "numbers are written as Python writes them",
        arguments: [
            (0.1, "0.1"), (42.0, "42"), (-0.0, "0"), (1e16, "1e+16"), (12_345_678_901_234_567_890.0, "1.2345678901234567e+19"),
            (1e-05, "1e-05"), (0.0001, "0.0001"), (123_456_789.125, "123456789.125"), (9_007_199_254_740_992.0, "9007199254740992.0"),
            (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (-1.5e-7, "-1.5e-07"),
            (1234567890123456.7, "1234567890123456.8"), (43861.572916666664, "43861.572916666664"), (2.5e15, "2500000000000000"),
        ])
    func numbers(value: Double, text: String) {
        #expect(PythonFloatText.canonical(value) == text)
    }

    @Test("exact integers beyond 2^53 are written as the double Python would make of them")
    func bigIntegers() {
        #expect(PythonFloatText.canonical(Int64(9_007_199_254_740_991)) == "9007199254740991")
        #expect(PythonFloatText.canonical(Int64(9_007_199_254_740_993)) == "9007199254740992.0")
        #expect(PythonFloatText.canonical(Int64.max) == "9.223372036854776e+18")
        #expect(PythonFloatText.repr(.infinity) == "inf")
        #expect(PythonFloatText.repr(.nan) == "nan")
    }

    @Test("strings are escaped as json.dumps(ensure_ascii=False) escapes them")
    func strings() {
        var out: [UInt8] = []
        JSONText.appendString("a\"b\\c\nd\re\tf\u{8}g\u{C}h\u{1}i\u{1F}jæ😀\u{7F}", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fjæ😀\#u{7F}""#)
    }

    @Test("a whole dump, byte for byte")
    func wholeDump() throws {
        var fixture = WorkbookFixture(sheets: [
            .init(
                name: "Data \"1\"",
                xml: WorkbookFixture.worksheet(
                    """
                    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c><c r="C1"><v>0.1</v></c>\
                    <c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" s="1"><v>43861.572916666664</v></c>\
                    <c r="G1" s="1"><v>-3</v></c><c r="H1"><f>A1</f></c><c r="I1" t="s"><v>1</v></c></row>\
                    <row r="3"><c r="B3" s="1"><v>60</v></c></row>
                    """)),
            .init(name: "Hidden", xml: WorkbookFixture.worksheet(""), state: "hidden"),
            .init(name: "Chart", xml: "<chartsheet xmlns=\"\(WorkbookFixture.main)\"/>", kind: "chartsheet"),
        ])
        fixture.sharedStrings = WorkbookFixture.sharedStringsXML(["<t>Name</t>", "<t/>"])
        fixture.styles = WorkbookFixture.stylesXML(cellXfs: [0, 22])
        let json = try WorkbookDump.json(of: fixture.open())
        #expect(
            json == """
                {"date1904":false,"sheets":[
                {"name":"Data \\"1\\"","state":"visible","kind":"worksheet","cells":[
                ["A1","s","Name"],
                ["B1","n",42],
                ["C1","n",0.1],
                ["D1","b",true],
                ["E1","e","#DIV/0!"],
                ["F1","d","2020-01-31T13:45:00",43861.572916666664],
                ["G1","n",-3],
                ["I1","s",""],
                ["B3","d","1900-02-29T00:00:00",60]
                ]},
                {"name":"Hidden","state":"hidden","kind":"worksheet","cells":[]},
                {"name":"Chart","state":"visible","kind":"chartsheet","cells":[]}
                ]}

                """)
    }

    @Test("t=\"d\" dates outside Excel's range keep their serial and calendar date")
    func isoOutOfRange() {
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: -1)) == "1899-12-30T00:00:00")
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: -36523)) == "1800-01-01T00:00:00")
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: -1, system: .date1904)) == "1903-12-31T00:00:00")
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: 60.5)) == "1900-02-29T12:00:00")
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: 59)) == "1900-02-28T00:00:00")
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: 0.25)) == "1899-12-31T06:00:00")
        // Rounded as the oracle rounds: the day's fraction, half to even (not the whole serial).
        #expect(WorkbookDump.isoText(SpreadsheetDate(serial: 615_526.261_909_033_5)) == "3585-04-01T06:17:08.940")
    }

    @Test("the comparison used by the corpus test finds a changed value, a missing cell and a wrong type")
    func comparatorCatchesDifferences() throws {
        let oracle = Data(
            """
            {"date1904":false,"sheets":[{"name":"S","state":"visible","kind":"worksheet","cells":[
            ["A1","s","x"],["B1","n",1.5],["C1","d","2020-01-01T00:00:00",43831],["D1","s",""]]}]}
            """.utf8)
        let same = Data(
            """
            {"sheets":[{"name":"S","cells":[["A1","s","x"],["B1","n",1.5000000000000002],["C1","d","2020-01-01",43831]]}]}
            """.utf8)
        let same2 = try OracleComparison.compare(oracle: oracle, ours: same)
        #expect(same2.mismatches.isEmpty)
        #expect(same2.notes.count == 1)
        let changed = Data(
            """
            {"sheets":[{"name":"S","cells":[["A1","s","y"],["C1","n",43831],["E1","b",true]]}]}
            """.utf8)
        let result = try OracleComparison.compare(oracle: oracle, ours: changed)
        #expect(result.mismatches.count == 4)  // A1 text, B1 missing, C1 type, E1 extra
    }
}
