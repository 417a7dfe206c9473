import Testing

@testable import Spreadsheet

@Suite("Shared formula translation")
struct FormulaTranslatorTests {
    @Test(
        "relative parts move, anchored parts stay",
        arguments: [
            ("A1+$B$2+B$3+$C4", 1, 1, "B2+$B$2+C$3+$C5"),
            ("SUM(A1:A10)*2", 2, 0, "SUM(A3:A12)*2"),
            ("'My Sheet'!A1+Sheet2!B2", 1, 0, "'My Sheet'!A2+Sheet2!B3"),
            ("\"A1\"&A1", 1, 0, "\"A1\"&A2"),
            ("LOG10(A1)+ATAN2(B1,C1)", 0, 1, "LOG10(B1)+ATAN2(C1,D1)"),
            ("SUM(A:A)+SUM(1:1)+SUM($C:$C)", 1, 1, "SUM(B:B)+SUM(2:2)+SUM($C:$C)"),
            ("Table1[[#This Row],[A1]]+A1", 1, 0, "Table1[[#This Row],[A1]]+A2"),
            ("A1-1", 0, 0, "A1-1"),
            ("A1", -1, 0, "#REF!"),
            ("TRUE+Rate*B2+1.5E+3", 1, 0, "TRUE+Rate*B3+1.5E+3"),
        ])
    func shift(formula: String, rows: Int, columns: Int, expected: String) {
        #expect(FormulaTranslator.shift(formula, rows: rows, columns: columns) == expected)
    }
}
