import Spreadsheet
import Testing

/// Operators, precedence and conversions, with Excel's results.
@Suite("Formula engine: operators")
struct FormulaOperatorTests {
    private func value(_ formula: String, _ cells: [String: Any] = [:]) -> FormulaOutcome {
        FormulaFixture.value(formula, cells)
    }

    @Test("precedence: negation before ^, ^ left to right, * before +, & after +")
    func precedence() {
        #expect(value("-2^2") == .n(4))
        #expect(value("0-2^2") == .n(-4))
        #expect(value("2^3^2") == .n(64))
        #expect(value("1+2*3") == .n(7))
        #expect(value("(1+2)*3") == .n(9))
        #expect(value("1+2&3") == .s("33"))
        #expect(value("2^-1") == .n(0.5))
        #expect(value("50%*200") == .n(100))
        #expect(value("-5%") == .n(-0.05))
        #expect(value("1+2=3") == .b(true))
    }

    @Test("blank cells: 0 for +, nothing for &, a formula pointing at a blank gives 0")
    func blanks() {
        #expect(value("A1+1") == .n(1))
        #expect(value("A1&\"x\"") == .s("x"))
        #expect(value("A1") == .n(0))
        #expect(value("A1=0") == .b(true))
        #expect(value("A1=\"\"") == .b(true))
    }

    @Test("text numbers convert for +, other text is #VALUE!; unary plus converts nothing")
    func textConversion() {
        #expect(value("A1+1", ["A1": "3"]) == .n(4))
        #expect(value("\" 1,200.5 \"*2") == .n(2401))
        #expect(value("\"50%\"+0") == .n(0.5))
        #expect(value("A1+1", ["A1": "tre"]) == .e(.value))
        #expect(value("TRUE+1") == .n(2))
        #expect(value("+\"a\"") == .s("a"))
    }

    @Test("numbers to text as General: 15 digits, 0.1+0.2 shows as 0.3")
    func numberText() {
        #expect(value("1&\"\"") == .s("1"))
        #expect(value("(0.1+0.2)&\"\"") == .s("0.3"))
        #expect(value("(1/3)&\"\"") == .s("0.333333333333333"))
        #expect(value("1E+20&\"\"") == .s("1E+20"))
        #expect(value("-0.5&\"\"") == .s("-0.5"))
        #expect(value("TRUE&\"\"") == .s("TRUE"))
    }

    @Test("comparisons: text ignores case; numbers < text < booleans; 0.1+0.2=0.3")
    func comparisons() {
        #expect(value("\"abc\"=\"ABC\"") == .b(true))
        #expect(value("1<\"a\"") == .b(true))
        #expect(value("\"z\"<TRUE") == .b(true))
        #expect(value("0.1+0.2=0.3") == .b(true))
        #expect(value("0.1+0.2-0.3") == .n(0))
        #expect(value("\"a\"<>\"b\"") == .b(true))
        #expect(value("2>=2") == .b(true))
    }

    @Test("errors: division by zero; the left operand's error wins")
    func errors() {
        #expect(value("1/0") == .e(.divisionByZero))
        #expect(value("#N/A+1/0") == .e(.notAvailable))
        #expect(value("1/0+#N/A") == .e(.divisionByZero))
        #expect(value("A1+A2", ["A1": CellValue.error("#REF!"), "A2": CellValue.error("#NUM!")]) == .e(.reference))
        #expect(value("0^0") == .e(.number))
        #expect(value("(-8)^0.5") == .e(.number))
        #expect(value("NOSUCHNAME+1") == .e(.name))
    }

    @Test("references: absolute, quoted sheet names, whole columns and rows, ranges across sheets")
    func references() {
        let sheet1 = FormulaFixture.grid(
            "Ark1",
            [
                "A1": 1, "A2": 2, "B1": 10, "C3": "=SUM(A:A)", "C4": "=SUM(1:1)",
                "C5": "='Min ark''s'!$B$2*2", "C6": "=SUM('Min ark''s'!A1:B2)",
            ])
        let sheet2 = FormulaFixture.grid("Min ark's", ["A1": 5, "B2": 7])
        let results = FormulaFixture.results([sheet1, sheet2])
        func at(_ a1: String) -> FormulaOutcome? { results.result(sheet: 0, address: CellAddress(a1)!)?.outcome }
        #expect(at("C3") == .n(3))
        #expect(at("C4") == .n(11))
        #expect(at("C5") == .n(14))
        #expect(at("C6") == .n(12))
    }

    @Test("a range where one value is wanted is the cell in the formula's row (implicit intersection)")
    func implicitIntersection() {
        let grid = FormulaFixture.grid(["A1": 1, "A2": 5, "A3": 9, "B2": "=A1:A3*2", "B7": "=A1:A3*2"])
        let results = FormulaFixture.results([grid])
        #expect(results.result(sheet: 0, address: CellAddress("B2")!)?.outcome == .n(10))
        #expect(results.result(sheet: 0, address: CellAddress("B7")!)?.outcome == .e(.value))
    }

    @Test("array constants and array formulas work element by element")
    func arrays() {
        #expect(value("SUM({1,2;3,4})") == .n(10))
        #expect(value("INDEX({1,2;3,4},2,1)") == .n(3))
        let array = Cell(column: 0, value: .empty, formula: "SUM(A1:A3*B1:B3)", arrayRange: CellRange("D1")!)
        let grid = FormulaFixture.grid(["A1": 1, "A2": 2, "A3": 3, "B1": 4, "B2": 5, "B3": 6, "D1": array, "E5": "=SUM(A1:A3*B1:B3)"])
        let results = FormulaFixture.results([grid])
        #expect(results.result(sheet: 0, address: CellAddress("D1")!)?.outcome == .n(32))
        #expect(results.result(sheet: 0, address: CellAddress("E5")!)?.outcome == .e(.value), "not an array formula: implicit intersection")
    }

    @Test("defined names: workbook-wide, local to a sheet (wins), constants")
    func definedNames() {
        let grid = FormulaFixture.grid(["A1": 100, "A2": 7, "B1": "=Total*2", "B2": "=Rate*A2", "B3": "=Local"])
        let other = FormulaFixture.grid("Ark2", ["A1": 1])
        let names = [
            DefinedName(name: "Total", formula: "Ark1!$A$1"),
            DefinedName(name: "Rate", formula: "0.25"),
            DefinedName(name: "Local", formula: "Ark2!$A$1"),
            DefinedName(name: "LOCAL", formula: "Ark1!$A$2", localSheetIndex: 0),
        ]
        let results = FormulaFixture.results([grid, other], names: names)
        #expect(results.result(sheet: 0, address: CellAddress("B1")!)?.outcome == .n(200))
        #expect(results.result(sheet: 0, address: CellAddress("B2")!)?.outcome == .n(1.75))
        #expect(results.result(sheet: 0, address: CellAddress("B3")!)?.outcome == .n(7))
    }
}
