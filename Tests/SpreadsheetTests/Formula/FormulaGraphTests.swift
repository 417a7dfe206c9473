import Spreadsheet
import Testing

/// Evaluation over the dependency graph: order, cycles, and what is reported instead of guessed.
@Suite("Formula engine: dependencies and reports")
struct FormulaGraphTests {
    @Test("formulas are computed after the formulas they read, whatever their order in the sheet")
    func order() {
        let grid = FormulaFixture.grid(["A1": "=A2*2", "A2": "=A3+1", "A3": "=Ark2!A1", "B1": "=SUM(A1:A3)"])
        let other = FormulaFixture.grid("Ark2", ["A1": 10])
        let results = FormulaFixture.results([grid, other])
        // Reported in sheet order: A1, B1, A2, A3.
        #expect(results.cells.map(\.outcome) == [.n(22), .n(43), .n(11), .n(10)])
    }

    @Test("a long chain of formulas does not overflow the stack")
    func longChain() {
        var cells: [String: Any] = ["A1": 1]
        for row in 2...20_000 { cells["A\(row)"] = "=A\(row - 1)+1" }
        let results = FormulaFixture.results([FormulaFixture.grid(cells)])
        #expect(results.result(sheet: 0, address: CellAddress("A20000")!)?.outcome == .n(20_000))
    }

    @Test("a circular reference is reported with the cells on it; cells reading it are not computed")
    func cycle() {
        let grid = FormulaFixture.grid(["A1": "=B1+1", "B1": "=A1+1", "C1": "=C1", "D1": "=A1*2"])
        let results = FormulaFixture.results([grid])
        #expect(results.result(sheet: 0, address: CellAddress("A1")!)?.outcome == .cycle(["Ark1!A1", "Ark1!B1"]))
        #expect(results.result(sheet: 0, address: CellAddress("B1")!)?.outcome == .cycle(["Ark1!A1", "Ark1!B1"]))
        #expect(results.result(sheet: 0, address: CellAddress("C1")!)?.outcome == .cycle(["Ark1!C1"]))
        guard case .unsupported(let why) = results.result(sheet: 0, address: CellAddress("D1")!)?.outcome else {
            Issue.record("D1 should not be computed")
            return
        }
        #expect(why.contains("Ark1!A1"))
    }

    @Test("naming a range that holds the formula's own cell is no cycle when the cell is not read")
    func notACycle() {
        let grid = FormulaFixture.grid(["A1": 4, "A2": "=ROWS(A1:A5)", "A3": "=INDEX(A1:A5,1)*2", "A4": "=COUNT(A1:A4)"])
        let results = FormulaFixture.results([grid])
        #expect(results.result(sheet: 0, address: CellAddress("A2")!)?.outcome == .n(5))
        #expect(results.result(sheet: 0, address: CellAddress("A3")!)?.outcome == .n(8))
        #expect(results.result(sheet: 0, address: CellAddress("A4")!)?.outcome == .cycle(["Ark1!A4"]))
    }

    @Test("unknown and volatile functions are reported, never guessed; a dependent uses the saved value or is not computed")
    func reported() {
        let saved = Cell(column: 0, value: .integer(12), formula: "TEXT(1,\"0\")")
        let grid = FormulaFixture.grid([
            "A1": saved, "A2": "=A1*2", "A3": "=TODAY()", "A4": "=A3+1", "A5": "=[1]Ark1!A1", "A6": "=Tabel1[Beløb]",
            "A7": "=_xlfn.XLOOKUP(1,{1},{2})",
        ])
        let results = FormulaFixture.results([grid])
        func at(_ a1: String) -> FormulaOutcome? { results.result(sheet: 0, address: CellAddress(a1)!)?.outcome }
        #expect(at("A1") == .unsupported("TEXT"))
        #expect(at("A2") == .n(24), "computed from A1's saved value")
        #expect(at("A3") == .volatile("TODAY"))
        if case .unsupported(let why) = at("A4") { #expect(why.contains("A3")) } else { Issue.record("A4: \(String(describing: at("A4")))") }
        if case .unsupported = at("A5") {} else { Issue.record("external reference: \(String(describing: at("A5")))") }
        if case .unsupported = at("A6") {} else { Issue.record("structured reference: \(String(describing: at("A6")))") }
        #expect(at("A7") == .n(2))
    }

    @Test("every function the issue lists is known to the engine")
    func listedFunctions() {
        let listed = """
            SUM SUMIF SUMIFS SUMPRODUCT SUBTOTAL COUNT COUNTA COUNTIF COUNTIFS AVERAGE MIN MAX ROUND ROUNDUP ROUNDDOWN \
            INT ABS MOD IF IFERROR AND OR NOT ISERROR ISERR ISNA ISBLANK ISNUMBER ISTEXT VLOOKUP HLOOKUP INDEX MATCH \
            XLOOKUP CONCATENATE CONCAT TEXTJOIN LEN LEFT RIGHT MID UPPER LOWER TRIM VALUE DATE YEAR MONTH DAY
            """.split(separator: " ").map(String.init)
        for name in listed {
            let outcome = FormulaFixture.value("\(name)()")
            if case .unsupported(let what) = outcome { Issue.record("\(name) unsupported: \(what)") }
        }
    }

    @Test("check: agrees, differs (stale), computed (no saved value), with the JSON shape of recalc --check")
    func check() {
        let grid = FormulaFixture.grid([
            "A1": 10, "A2": 20,
            "A3": Cell(column: 0, value: .integer(30), formula: "SUM(A1:A2)"),
            "A4": Cell(column: 0, value: .integer(99), formula: "A1*2"),
            "A5": "=A1+A2",
        ])
        let check = FormulaCheck(FormulaFixture.results([grid]))
        #expect(check.cells.map(\.status) == [.agrees, .differs, .computed])
        let json = check.json(file: "budget.xlsx")
        #expect(json.contains(#"{"sheet":"Ark1","cell":"A4","formula":"A1*2","cached":["n",99],"computed":["n",20],"status":"differs","detail":null}"#))
        #expect(json.contains(#""cached":null,"computed":["n",30],"status":"computed""#))
        #expect(json.contains(#""summary":{"formulas":3,"agrees":1,"differs":1,"computed":1,"unsupported":0,"volatile":0,"cycle":0}"#))
    }

    @Test("hostile formulas are refused or computed, never crash: deep nesting, long text, huge indices, many signs")
    func hostile() {
        let deep = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        if case .unsupported = FormulaFixture.value(deep) {} else { Issue.record("deep nesting not refused") }
        let calls = String(repeating: "ABS(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        if case .unsupported = FormulaFixture.value(calls) {} else { Issue.record("deep calls not refused") }
        let long = Array(repeating: "1", count: 5_000).joined(separator: "+")
        if case .unsupported = FormulaFixture.value(long) {} else { Issue.record("a formula over 8,192 characters not refused") }
        #expect(FormulaFixture.value(Array(repeating: "1", count: 1_000).joined(separator: "+")) == .n(1_000))
        #expect(FormulaFixture.value(String(repeating: "-", count: 3_001) + "1") == .n(-1))
        #expect(FormulaFixture.value("--TRUE") == .n(1))
        #expect(FormulaFixture.value("INDEX(A1:A3,1E+300)") == .e(.reference))
        #expect(FormulaFixture.value("CHOOSE(-1E+300,1,2)") == .e(.value))
        #expect(FormulaFixture.value("WEEKDAY(1E+300)") != .n(0))
        #expect(FormulaFixture.value("MID(\"abc\",1,1E+300)") == .s("abc"))
        #expect(FormulaFixture.value("SUM(") != .n(0))
        #expect(FormulaFixture.value("\"unterminated") != .n(0))
    }
}
