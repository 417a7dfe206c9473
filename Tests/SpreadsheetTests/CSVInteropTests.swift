import Foundation
import Testing

@testable import Spreadsheet

/// Files from and for other programs: Python's csv module, Danish Excel, LibreOffice.
@Suite("CSV interoperability")
struct CSVInteropTests {
    /// Writes `<out>.csv` with Python's csv module and the rows as `<out>.json`.
    static let pythonFixtureScript = """
        import csv, json, sys
        rows = [
            ["Aktivitet", "Beløb", "Note"],
            ["Tryghedsvandring, Tingbjerg", "1490000", 'Sagde "ja"'],
            ["Lektiecafé\\r\\nHusum", "-12.5", ""],
            ["", "", ""],
            [" mellemrum ", "0", "=SUM(A1:A3)"],
            ["æøå ÆØÅ €", "1e-05", "👍🏽 emoji"],
            ["linje\\nskift", "'citat'", "tab\\there"],
        ]
        out = sys.argv[1]
        with open(out + ".csv", "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
        with open(out + ".json", "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
        """

    static let python = TestEnvironment.executable(named: "python3")
    static let soffice = TestEnvironment.executable(named: "soffice")

    static func jsonRows(_ data: Data) throws -> [[String]] {
        try JSONDecoder().decode([[String]].self, from: data)
    }

    static func checkPythonFixture(csv: String, json: String) throws {
        let expected = try jsonRows(Data(contentsOf: URL(fileURLWithPath: json)))
        let reader = try CSVReader(path: csv)
        #expect(reader.dialect.delimiter == ",")
        #expect(reader.dialect.quote == "\"")
        #expect(reader.dialect.lineEnding == .crlf)
        #expect(reader.dialect.encodingName == "utf-8")
        #expect(reader.dialect.hasHeader)
        let result = try CSVTest.read([UInt8](Data(contentsOf: URL(fileURLWithPath: csv))))
        #expect(result.rows == CSVTest.trimmed(expected))
        #expect(result.summary.raggedRowCount == 0)
    }

    @Test("the shipped file written by Python's csv module reads as Python wrote it")
    func pythonFixture() throws {
        try CSVInteropTests.checkPythonFixture(
            csv: CSVTest.fixtures + "/python_csv_module.csv", json: CSVTest.fixtures + "/python_csv_module.json")
    }

    @Test(
        "a file Python's csv module writes now reads as Python wrote it (and matches the shipped one)",
        .enabled(if: CSVInteropTests.python != nil || TestEnvironment.isCI, "python3 is not installed: skipped"))
    func pythonGenerated() throws {
        guard let python = CSVInteropTests.python else {
            Issue.record("python3 is required when CI=true")
            return
        }
        let folder = try TemporaryFolder()
        let result = try Subprocess.run(python, ["-c", CSVInteropTests.pythonFixtureScript, folder.file("py")])
        #expect(result.status == 0, "\(result.error)")
        try CSVInteropTests.checkPythonFixture(csv: folder.file("py.csv"), json: folder.file("py.json"))
        let fresh = try Data(contentsOf: URL(fileURLWithPath: folder.file("py.csv")))
        let shipped = try Data(contentsOf: URL(fileURLWithPath: CSVTest.fixtures + "/python_csv_module.csv"))
        #expect(fresh == shipped)
    }

    @Test(
        "Python's csv module reads what we write, with both presets",
        .enabled(if: CSVInteropTests.python != nil || TestEnvironment.isCI, "python3 is not installed: skipped"))
    func pythonReadsOurs() throws {
        guard let python = CSVInteropTests.python else {
            Issue.record("python3 is required when CI=true")
            return
        }
        let texts = [
            ["Aktivitet", "Beløb", "Note"],
            ["Tryghedsvandring, Tingbjerg; 2013", "=SUM(A1)", "Sagde \"ja\"\r\nto linjer"],
            ["æøå 👍🏽", "-5", "tab\there"],
        ]
        let rows = texts.enumerated().map { index, fields in
            Row(index: index, cells: fields.enumerated().map { Cell(column: $0, value: .string($1)) })
        }
        let folder = try TemporaryFolder()
        for (options, delimiter) in [(CSVWriteOptions.danishExcel, ";"), (.rfc4180, ",")] {
            let path = folder.file("ud.csv")
            try CSVWriter.write(rows, to: path, options: options)
            let script = """
                import csv, json, sys
                with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2])), ensure_ascii=False))
                """
            let result = try Subprocess.run(python, ["-c", script, path, delimiter])
            #expect(result.status == 0, "\(result.error)")
            let read = try CSVInteropTests.jsonRows(result.outputData)
            #expect(read == texts.map { $0.map(CSVFormulaGuard.guarded) })
        }
    }

    /// What both Danish Excel fixtures hold.
    static let danishRows: [[String]] = [
        ["Aktivitet", "Indsatsområde", "Finansiering 2013 (t.kr.)", "Beløb i alt", "Startdato", "Bemærkning"],
        ["Tryghedsvandring i Tingbjerg", "1", "40", "1.490.000", "01-03-2013", "Inkl. moms; fordelt på 2 år"],
        ["Lektiecafé – Husum", "5", "12,5", "30.000", "15-08-2013", "Sagde \"ja\" – €"],
        ["Fælles møder", "4", "0"],
        ["I alt", "", "52,5", "1.520.000"],
    ]

    @Test(
        "files saved by Danish Excel (ANSI and UTF-8) read with the right dialect and values",
        arguments: [("danish_excel_ansi.csv", "windows-1252"), ("danish_excel_utf8.csv", "utf-8-sig")])
    func danishExcel(_ file: String, _ encoding: String) throws {
        let path = CSVTest.fixtures + "/" + file
        var options = CSVReadOptions()
        options.typeNumbers = true
        let reader = try CSVReader(path: path, options: options)
        #expect(reader.dialect.encodingName == encoding)
        #expect(reader.dialect.delimiter == ";")
        #expect(reader.dialect.lineEnding == .crlf)
        #expect(reader.dialect.decimalSeparator == .comma)
        #expect(reader.dialect.hasHeader)
        let document = try reader.read()
        let grid = document.grid
        #expect(grid.name == String(file.dropLast(4)))
        #expect(grid["C1"] == .string("Finansiering 2013 (t.kr.)"))
        #expect(grid["B2"] == .integer(1))
        #expect(grid["C2"] == .integer(40))
        #expect(grid["C3"] == .number(12.5))
        #expect(grid["D2"] == .string("1.490.000"))
        #expect(grid["F2"] == .string("Inkl. moms; fordelt på 2 år"))
        #expect(grid["A3"] == .string("Lektiecafé – Husum"))
        #expect(grid["F3"] == .string("Sagde \"ja\" – €"))
        #expect(grid["E2"] == .string("01-03-2013"))
        #expect(document.summary.rowCount == 5)
        #expect(document.summary.raggedRowCount == 0)

        // The amounts column, read as people typed it, and the unit in the header.
        let column = (1...4).map { grid[CellAddress(row: $0, column: 3)].description }
        let locale = AmountColumnLocale.decide(column)
        #expect(locale.locale == .danish)
        #expect(try column.map { try locale.parse($0).kroner } == [1_490_000, 30_000, 0, 1_520_000])
        #expect(AmountUnit.inHeader(grid["C1"].description) == .thousands)
        let thousands = try AmountParser.parse(grid["C3"].description).applying(columnUnit: .thousands)
        #expect(thousands?.kroner == 12_500)

        // As text, every field exactly as in the file.
        #expect(try CSVTest.read([UInt8](Data(contentsOf: URL(fileURLWithPath: path)))).rows == CSVInteropTests.danishRows)
    }

    @Test(
        "LibreOffice (da-DK) opens a Danish-preset CSV with the right columns and numbers",
        .enabled(if: CSVInteropTests.soffice != nil || TestEnvironment.isCI, "LibreOffice (soffice) is not installed: skipped"),
        .timeLimit(.minutes(3)))
    func libreOffice() throws {
        guard let soffice = CSVInteropTests.soffice, let python = CSVInteropTests.python else {
            Issue.record("soffice and python3 are required when CI=true")
            return
        }
        let folder = try TemporaryFolder()
        let rows: [Row] = [
            Row(index: 0, cells: ["Aktivitet", "Beløb", "Andel", "Note"].enumerated().map { Cell(column: $0, value: .string($1)) }),
            Row(
                index: 1,
                cells: [
                    Cell(column: 0, value: .string("Kursus; \"ny\" æøå")), Cell(column: 1, value: .integer(1_490_000)),
                    Cell(column: 2, value: .number(1234.5)), Cell(column: 3, value: .string("=SUM(B2:B3)")),
                ]),
            Row(
                index: 2,
                cells: [
                    Cell(column: 0, value: .string("Møde\npå to linjer")), Cell(column: 1, value: .integer(-40_000)),
                    Cell(column: 2, value: .number(0.25)), Cell(column: 3, value: .string("-5")),
                ]),
        ]
        let csv = folder.file("dansk.csv")
        try CSVWriter.write(rows, to: csv, options: .danishExcel)
        let profile = "file://" + folder.file("lo-profile")
        let convert = try Subprocess.run(
            soffice,
            [
                "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--infilter=CSV:59,34,76,1,,1030", "--convert-to", "xlsx", "--outdir", folder.path, csv,
            ], directory: folder.path, environment: ["HOME": folder.path])
        #expect(convert.status == 0, "\(convert.error)")
        let xlsx = folder.file("dansk.xlsx")
        #expect(FileManager.default.fileExists(atPath: xlsx), "soffice wrote no xlsx: \(convert.error)")
        let script = """
            import json, sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(json.dumps([[[c.data_type, c.value if isinstance(c.value, (str, int, float)) else str(c.value)]
                               for c in row] for row in ws.iter_rows()], ensure_ascii=False))
            """
        let result = try Subprocess.run(python, ["-c", script, xlsx])
        #expect(result.status == 0, "\(result.error)")
        let cells = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [[[Any]]])
        try #require(cells.count == 3 && cells.allSatisfy { $0.count == 4 }, "three rows of four columns: \(cells)")
        func cell(_ row: Int, _ column: Int) -> (type: String, value: Any) {
            (cells[row][column][0] as! String, cells[row][column][1])
        }
        #expect(cell(0, 1).value as? String == "Beløb")
        #expect(cell(1, 0).value as? String == "Kursus; \"ny\" æøå")
        #expect(cell(1, 1).type == "n")
        #expect((cell(1, 1).value as? NSNumber)?.doubleValue == 1_490_000)
        #expect((cell(1, 2).value as? NSNumber)?.doubleValue == 1234.5, "the decimal comma is a decimal")
        #expect((cell(2, 1).value as? NSNumber)?.doubleValue == -40_000)
        #expect((cell(2, 2).value as? NSNumber)?.doubleValue == 0.25)
        #expect(cell(2, 0).value as? String == "Møde\npå to linjer")
        #expect(cell(1, 3).type == "s", "guarded text is not a formula")
        #expect((cell(1, 3).value as? String)?.hasSuffix("=SUM(B2:B3)") == true)
        #expect(cell(2, 3).type == "s")
        #expect((cell(2, 3).value as? String)?.hasSuffix("-5") == true)
    }
}
