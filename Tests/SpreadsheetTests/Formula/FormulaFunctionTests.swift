import Spreadsheet
import Testing

/// The functions, with Excel's edge cases.
@Suite("Formula engine: functions")
struct FormulaFunctionTests {
    private func value(_ formula: String, _ cells: [String: Any] = [:]) -> FormulaOutcome {
        FormulaFixture.value(formula, cells)
    }

    /// Text "3", TRUE, a blank and 5: SUM skips text and booleans in ranges, + converts them.
    private let mixed: [String: Any] = ["A1": "3", "A2": true, "A4": 5]

    @Test("SUM skips text, booleans and blanks in ranges but converts typed arguments; + converts cells")
    func sumVersusPlus() {
        #expect(value("SUM(A1:A4)", mixed) == .n(5))
        #expect(value("A1+A2+A3+A4", mixed) == .n(9))
        #expect(value("SUM(\"3\",TRUE,5)") == .n(9))
        #expect(value("SUM(A1:A4,\"x\")", mixed) == .e(.value))
        #expect(value("SUM(A1:A2)", ["A1": 1, "A2": CellValue.error("#DIV/0!")]) == .e(.divisionByZero))
        #expect(value("SUM()") == .e(.value) || value("SUM()") == .n(0))
    }

    @Test("COUNT, COUNTA, COUNTBLANK, AVERAGE, MIN, MAX")
    func counting() {
        #expect(value("COUNT(A1:A4)", mixed) == .n(1))
        #expect(value("COUNT(\"3\",TRUE,\"x\")") == .n(2))
        #expect(value("COUNTA(A1:A4)", mixed) == .n(3))
        #expect(value("COUNTBLANK(A1:A4)", mixed) == .n(1))
        #expect(value("AVERAGE(A1:A4)", mixed) == .n(5))
        #expect(value("AVERAGE(B1:B3)") == .e(.divisionByZero))
        #expect(value("MIN(B1:B3)") == .n(0))
        #expect(value("MAX(A1:A4,-2)", mixed) == .n(5))
        #expect(value("MIN(A4,-2,7)", mixed) == .n(-2))
    }

    @Test("ROUND halves away from zero, 2.675 to 2.68, negative digits; ROUNDUP, ROUNDDOWN, INT, MOD")
    func rounding() {
        #expect(value("ROUND(2.5,0)") == .n(3))
        #expect(value("ROUND(-2.5,0)") == .n(-3))
        #expect(value("ROUND(2.675,2)") == .n(2.68))
        #expect(value("ROUND(1.005,2)") == .n(1.01))
        #expect(value("ROUND(1250,-2)") == .n(1300))
        #expect(value("ROUND(-1250,-2)") == .n(-1300))
        #expect(value("ROUNDUP(-1.21,1)") == .n(-1.3))
        #expect(value("ROUNDUP(0.1+0.2,1)") == .n(0.3))
        #expect(value("ROUNDDOWN(-1.29,1)") == .n(-1.2))
        #expect(value("INT(-1.5)") == .n(-2))
        #expect(value("MOD(-3,2)") == .n(1))
        #expect(value("MOD(3,-2)") == .n(-1))
        #expect(value("MOD(1,0)") == .e(.divisionByZero))
        #expect(value("ABS(-4)") == .n(4))
    }

    @Test("SUMIF and COUNTIF criteria: \">=100\", \"<>\", blanks, wildcards, escaped wildcards, numbers as text")
    func criteria() {
        let cells: [String: Any] = [
            "A1": "Tovholder", "A2": "tov", "A3": "Andet", "A4": "*", "A6": "100",
            "B1": 50, "B2": 150, "B3": 100, "B4": 7, "B5": 3, "B6": 1,
        ]
        #expect(value("SUMIF(B1:B6,\">=100\")", cells) == .n(250))
        #expect(value("SUMIF(A1:A6,\"Tov*\",B1:B6)", cells) == .n(200))
        #expect(value("SUMIF(A1:A6,\"?ov\",B1:B6)", cells) == .n(150))
        #expect(value("SUMIF(A1:A6,\"~*\",B1:B6)", cells) == .n(7))
        #expect(value("SUMIF(A1:A6,\"\",B1:B6)", cells) == .n(3))
        #expect(value("SUMIF(A1:A6,\"<>\",B1:B6)", cells) == .n(308))
        #expect(value("SUMIF(A1:A6,100,B1:B6)", cells) == .n(1), "text that reads as the number matches")
        #expect(value("COUNTIF(B1:B6,\"<100\")", cells) == .n(4))
        #expect(value("COUNTIF(A1:A6,\"TOV*\")", cells) == .n(2))
        #expect(value("COUNTIF(A1:A8,\"\")", cells) == .n(3))
        #expect(value("SUMIFS(B1:B6,A1:A6,\"t*\",B1:B6,\">60\")", cells) == .n(150))
        #expect(value("COUNTIFS(A1:A6,\"t*\",B1:B6,\"<60\")", cells) == .n(1))
        #expect(value("SUMIFS(B1:B6,A1:A5,\"t*\")", cells) == .e(.value), "ranges of different shapes")
    }

    @Test("SUBTOTAL 9 and 109 leave out other SUBTOTALs; SUMPRODUCT multiplies element by element")
    func subtotalAndSumProduct() {
        let cells: [String: Any] = [
            "A1": 10, "A2": 20, "A3": "=SUBTOTAL(9,A1:A2)", "A4": 5, "A5": "=SUBTOTAL(9,A4)",
            "B1": 2, "B2": 3, "B3": 1,
        ]
        #expect(value("SUBTOTAL(9,A1:A5)", cells) == .n(35))
        #expect(value("SUBTOTAL(109,A1:A5)", cells) == .n(35))
        #expect(value("SUM(A1:A5)", cells) == .n(70))
        #expect(value("SUBTOTAL(1,A1:A2)", cells) == .n(15))
        #expect(value("SUMPRODUCT(A1:A3,B1:B3)", ["A1": 1, "A2": 2, "A3": 3, "B1": 4, "B2": 5, "B3": 6]) == .n(32))
        #expect(value("SUMPRODUCT((A1:A3>1)*B1:B3)", ["A1": 1, "A2": 2, "A3": 3, "B1": 4, "B2": 5, "B3": 6]) == .n(11))
        #expect(value("SUMPRODUCT(A1:A3,B1:B2)", ["A1": 1]) == .e(.value))
    }

    @Test("IF evaluates only the branch taken; IFERROR; AND, OR, NOT; the IS functions")
    func logic() {
        #expect(value("IF(TRUE,1,1/0)") == .n(1))
        #expect(value("IF(A1,\"ja\")") == .b(false))
        #expect(value("IF(1,,2)") == .n(0))
        #expect(value("IF(\"x\",1,2)") == .e(.value))
        #expect(value("IFERROR(1/0,\"nul\")") == .s("nul"))
        #expect(value("IFERROR(4,\"nul\")") == .n(4))
        #expect(value("AND(TRUE,1,A1:A2)", ["A1": true, "A2": "tekst"]) == .b(true))
        #expect(value("OR(FALSE,0)") == .b(false))
        #expect(value("AND(A1:A2)", ["A1": "x"]) == .e(.value))
        #expect(value("NOT(0)") == .b(true))
        #expect(value("ISBLANK(A1)") == .b(true))
        #expect(value("ISBLANK(A1)", ["A1": "=\"\""]) == .b(false))
        #expect(value("ISERROR(#N/A)") == .b(true))
        #expect(value("ISERR(#N/A)") == .b(false))
        #expect(value("ISNA(#N/A)") == .b(true))
        #expect(value("ISNUMBER(A1)", ["A1": "1"]) == .b(false))
        #expect(value("ISTEXT(A1)", ["A1": "1"]) == .b(true))
    }

    @Test("VLOOKUP, HLOOKUP, INDEX, MATCH, XLOOKUP: exact, approximate, wildcards, not found")
    func lookups() {
        let table: [String: Any] = [
            "A1": 0, "B1": "lav", "A2": 100, "B2": "mellem", "A3": 1000, "B3": "høj",
            "D1": "Tovholder", "E1": 7, "D2": "Andet", "E2": 9,
        ]
        #expect(value("VLOOKUP(150,A1:B3,2)", table) == .s("mellem"))
        #expect(value("VLOOKUP(150,A1:B3,2,FALSE)", table) == .e(.notAvailable))
        #expect(value("VLOOKUP(\"and*\",D1:E2,2,FALSE)", table) == .n(9))
        #expect(value("VLOOKUP(1,A1:B3,3,FALSE)", table) == .e(.reference))
        #expect(value("VLOOKUP(-1,A1:B3,2)", table) == .e(.notAvailable))
        #expect(value("HLOOKUP(\"b\",{\"a\",\"b\";1,2},2,FALSE)") == .n(2))
        #expect(value("MATCH(1000,A1:A3,0)", table) == .n(3))
        #expect(value("MATCH(999,A1:A3)", table) == .n(2))
        #expect(value("MATCH(\"ANDET\",D1:D2,0)", table) == .n(2))
        #expect(value("INDEX(B1:B3,MATCH(100,A1:A3,0))", table) == .s("mellem"))
        #expect(value("INDEX(A1:B3,3,2)", table) == .s("høj"))
        #expect(value("INDEX(A1:B3,4,1)", table) == .e(.reference))
        #expect(value("SUM(INDEX(A1:B3,0,1))", table) == .n(1100))
        #expect(value("SUM(A1:INDEX(A1:A3,2))", table) == .n(100))
        #expect(value("XLOOKUP(\"Andet\",D1:D2,E1:E2)", table) == .n(9))
        #expect(value("XLOOKUP(\"x\",D1:D2,E1:E2,\"ingen\")", table) == .s("ingen"))
        #expect(value("XLOOKUP(500,A1:A3,B1:B3,,-1)", table) == .s("mellem"))
        #expect(value("XLOOKUP(500,A1:A3,B1:B3,,1)", table) == .s("høj"))
    }

    @Test("text: CONCATENATE, CONCAT, TEXTJOIN, LEN, LEFT, RIGHT, MID, UPPER, LOWER, TRIM, VALUE")
    func text() {
        let cells: [String: Any] = ["A1": "a", "A2": 2, "A4": "c"]
        #expect(value("CONCATENATE(\"x\",1,TRUE)") == .s("x1TRUE"))
        #expect(value("CONCAT(A1:A4)", cells) == .s("a2c"))
        #expect(value("TEXTJOIN(\"-\",TRUE,A1:A4)", cells) == .s("a-2-c"))
        #expect(value("TEXTJOIN(\"-\",FALSE,A1:A4)", cells) == .s("a-2--c"))
        #expect(value("LEN(\"Århus\")") == .n(5))
        #expect(value("LEFT(\"Tovholder\",3)") == .s("Tov"))
        #expect(value("RIGHT(\"Tovholder\")") == .s("r"))
        #expect(value("MID(\"Tovholder\",4,4)") == .s("hold"))
        #expect(value("MID(\"abc\",0,1)") == .e(.value))
        #expect(value("UPPER(\"æøå\")") == .s("ÆØÅ"))
        #expect(value("LOWER(\"ABC\")") == .s("abc"))
        #expect(value("TRIM(\"  a   b  \")") == .s("a b"))
        #expect(value("VALUE(\"1,234.5\")") == .n(1234.5))
        #expect(value("VALUE(\"abc\")") == .e(.value))
    }

    @Test("dates: DATE overflows months and days, 1900-02-29 is serial 60; YEAR, MONTH, DAY")
    func dates() {
        #expect(value("DATE(2024,2,30)") == .n(45352))
        #expect(value("DATE(2024,13,1)") == .n(45658))
        #expect(value("DATE(1900,2,29)") == .n(60))
        #expect(value("DATE(1900,3,1)") == .n(61))
        #expect(value("DATE(24,1,1)") == .n(8767), "years below 1900 count from 1900")
        #expect(value("YEAR(45352)") == .n(2024))
        #expect(value("MONTH(45352)") == .n(3))
        #expect(value("DAY(45352)") == .n(1))
        #expect(value("DAY(60)") == .n(29))
        #expect(value("YEAR(-1)") == .e(.number))
    }
}
