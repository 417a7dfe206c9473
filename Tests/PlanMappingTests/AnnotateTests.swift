import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Annotated copies: every sheet, value and formula kept; a note and a fill per faulty
/// cell; a first sheet "Kontrol" with links to the findings.
@Suite("Validate: annotated copies")
struct AnnotateTests {
    /// A workbook with formulas (with cached values), a merged title, a text amount, a
    /// wrong total and a hidden sheet, written with our writer.
    static func workbookWithFormulas(at path: String) throws {
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Område 1")
        try sheet.appendRow([WriteCell(0, .string("Aktiviteter under indsatsområde 1 – økonomisk ramme"))], at: 0)
        try sheet.merge(CellRange("A1:D1")!)
        try sheet.setColumnWidth(48, for: 1)
        try sheet.setColumnWidth(16, for: 2...3)
        try sheet.hideColumns(7...7)
        try sheet.appendRow(
            ["Indsatsområde", "Aktivitet", "Finansiering 2013", "Finansiering 2014"].enumerated().map {
                WriteCell($0.offset, .string($0.element))
            }, at: 2)
        try sheet.appendRow(
            [
                WriteCell(0, .integer(1)), WriteCell(1, .string("Indbrudskampagne i Tingbjerg-Husum")),
                WriteCell(2, .integer(40_000), style: CellStyle(numberFormat: "#,##0")),
            ], at: 3)
        try sheet.appendRow(
            [
                WriteCell(0, .integer(1)), WriteCell(1, .string("Skoleindsats ”Det gode valg”")),
                WriteCell(2, .string("220.000.")), WriteCell(3, .integer(180_000)),
            ], at: 4)
        try sheet.appendRow(
            [
                WriteCell(0, .integer(1)), WriteCell(1, .string("Belysning på Volden")),
                WriteCell(2, .integer(340_000)),
            ], at: 5)
        // The total of 2013 is a formula whose cached value is right for the cells it sums,
        // but the text amount is left out of it: 380.000 where the activities add up to 600.000.
        try sheet.appendRow(
            [
                WriteCell(0, .string("I alt")),
                WriteCell(column: 2, value: .integer(380_000), formula: "SUM(C4:C6)"),
                WriteCell(column: 3, value: .integer(180_000), formula: "SUM(D4:D6)"),
            ], at: 6)
        let notes = try writer.addSheet("Noter", options: XLSXSheetOptions(visibility: .hidden))
        try notes.appendRow(
            [
                WriteCell(0, .string("Udarbejdet af partnerskabet")), WriteCell(1, .number(2.5)),
                WriteCell(column: 2, value: .number(5), formula: "B1*2"),
            ], at: 0)
        try writer.close()
    }

    /// Reads every sheet of the workbook at `path`.
    static func read(_ path: String) throws -> [SheetGrid] {
        let workbook = try XLSXWorkbook(path: path)
        return try workbook.sheets.map { try workbook.readSheet(at: $0.index) }
    }

    /// Each cell's value and formula by address.
    static func cells(_ grid: SheetGrid) -> [String: (CellValue, String?)] {
        var out: [String: (CellValue, String?)] = [:]
        for row in grid.rows {
            for cell in row.cells where !cell.value.isEmpty || cell.formula != nil {
                out[cell.address(inRow: row.index).a1] = (cell.value, cell.formula)
            }
        }
        return out
    }

    /// Annotates `input` (after validating it against the plan) to a temporary file.
    static func annotate(_ input: String, language: Language = .danish, in folder: TemporaryFolder) throws -> (copy: String, check: SubmissionCheck) {
        let check = SubmissionValidator(plan: Fixtures.plan).check(paths: [input])
        let scanned = try #require(check.files.first)
        let copy = folder.file("kontrol.xlsx")
        try AnnotatedCopy(language: language).write(scanned.file, findings: check.report.findings, to: copy)
        return (copy, check)
    }

    @Test("Every sheet (hidden ones hidden), value, formula, merged range, column width and hidden column is kept; “Kontrol” comes first")
    func keepsEverything() throws {
        let folder = try TemporaryFolder()
        let input = folder.file("indsendt.xlsx")
        try Self.workbookWithFormulas(at: input)
        let (copy, check) = try Self.annotate(input, in: folder)
        #expect(check.report.findings.map(\.rule) == [.amountFormat, .areaTotalMismatch], "\(check.report.text(language: .english))")
        let original = try Self.read(input)
        let annotated = try Self.read(copy)
        #expect(annotated.map(\.name) == ["Kontrol"] + original.map(\.name))
        for (before, after) in zip(original, annotated.dropFirst()) {
            let a = Self.cells(before)
            let b = Self.cells(after)
            #expect(Set(a.keys) == Set(b.keys), "\(before.name)")
            for (address, value) in a {
                #expect(b[address]?.0 == value.0, "\(before.name)!\(address)")
                #expect(b[address]?.1 == value.1, "\(before.name)!\(address)")
            }
            #expect(after.mergedRanges == before.mergedRanges)
            #expect(after.columns == before.columns, "\(before.name)")
        }
        #expect(Self.cells(annotated[1])["C7"]?.1 == "SUM(C4:C6)")
        #expect(annotated[1].columns.count == 3)  // the widths and the hidden column were there to keep
        // The hidden sheet stays hidden.
        #expect(try XLSXWorkbook(path: copy).sheets.map(\.state) == [.visible, .visible, .hidden])
        #expect(Self.cells(annotated[2])["C1"]?.1 == "B1*2")
    }

    @Test("The Kontrol sheet lists every finding with its sheet and cell")
    func controlSheet() throws {
        let folder = try TemporaryFolder()
        let (copy, check) = try Self.annotate(Fixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx"), in: folder)
        let control = try #require(try Self.read(copy).first)
        #expect(control.name == "Kontrol")
        let cells = Self.cells(control)
        #expect(cells["A4"]?.0 == .string("Alvor"))
        for (index, finding) in AnnotatedCopyOrder.sorted(check.report.findings).enumerated() {
            let row = 5 + index
            #expect(cells["A\(row)"]?.0 == .string(finding.severity.label(.danish)))
            #expect(cells["B\(row)"]?.0 == .string(finding.sheet ?? ""))
            #expect(cells["C\(row)"]?.0 == .string(finding.cell ?? ""))
            #expect(cells["D\(row)"]?.0 == .string(finding.rule.rawValue))
            #expect(cells["H\(row)"]?.0 == .string(finding.message.da))
        }
        #expect(cells["A\(5 + check.report.findings.count)"] == nil)
    }

    @Test(
        "One note per faulty cell holding each of its findings; red fills for errors, yellow for warnings; links to the cells",
        .enabled(
            if: TestEnvironment.pythonWithOpenpyxl != nil || TestEnvironment.isCI, "python3 with openpyxl is not installed: notes and fills are not read back"))
    func notesFillsAndLinks() throws {
        let python = try #require(TestEnvironment.pythonWithOpenpyxl, "CI=true but python3 with openpyxl is missing")
        for (input, language) in [
            (Fixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx"), Language.danish),
            (Fixtures.path("samples/submitted/oversigt-fejl.csv"), .english),
            (Fixtures.path("samples/submitted/kriminalitetsmaal-fejl.csv"), .danish),
        ] {
            let folder = try TemporaryFolder()
            let (copy, check) = try Self.annotate(input, language: language, in: folder)
            let script = """
                import json, sys, openpyxl
                wb = openpyxl.load_workbook(sys.argv[1])
                out = {"notes": [], "links": []}
                for ws in wb.worksheets[1:]:
                    for row in ws.iter_rows():
                        for c in row:
                            if c.comment is not None:
                                out["notes"].append([ws.title, c.coordinate, c.comment.text, c.fill.fgColor.rgb])
                for row in wb.worksheets[0].iter_rows():
                    for c in row:
                        if c.hyperlink is not None:
                            out["links"].append([c.coordinate, c.hyperlink.location])
                print(json.dumps(out))
                """
            let result = try Subprocess.run(python, ["-c", script, copy])
            #expect(result.status == 0, "\(result.error)")
            let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: [[String]]]
            let notes = json["notes"]!
            let sheetName = { (finding: Finding) -> String in
                finding.sheet
                    ?? AnnotatedCopy.validSheetName(
                        String(input.split(separator: "/").last!.split(separator: ".").first!))
            }
            let cells = Set(check.report.findings.compactMap { finding in finding.cell.map { "\(sheetName(finding))!\($0)" } })
            #expect(notes.count == cells.count, "\(notes)")
            for finding in check.report.findings {
                guard let cell = finding.cell else { continue }
                let note = try #require(notes.first { $0[0] == sheetName(finding) && $0[1] == cell }, "no note at \(cell)")
                #expect(note[2].contains(finding.message[language]))
                #expect(note[2].contains(finding.rule.rawValue))
                let onCell = check.report.findings.filter { $0.cell == cell && $0.sheet == finding.sheet }
                if onCell.contains(where: { $0.severity == .error }) {
                    #expect(note[3] == "FF" + "FFC7CE")
                } else if onCell.contains(where: { $0.severity == .warning }) {
                    #expect(note[3] == "FF" + "FFEB9C")
                }
            }
            let links = json["links"]!
            #expect(links.count == check.report.findings.filter { $0.cell != nil }.count)
            for link in links {
                #expect(link[1].contains("!"))
            }
        }
    }

    @Test(
        "The annotated copy passes xlsx-client-check (LibreOffice, openpyxl, calamine, schemas)",
        .enabled(
            if: ClientCheck.unavailableReason == nil || TestEnvironment.isCI,
            "../shared/tools/xlsx-client-check or its dependencies (soffice, openpyxl, python-calamine) are missing"))
    func clientCheck() throws {
        #expect(ClientCheck.unavailableReason == nil, "CI=true but xlsx-client-check cannot run here: \(ClientCheck.unavailableReason ?? "")")
        guard ClientCheck.unavailableReason == nil else { return }
        let folder = try TemporaryFolder()
        let input = folder.file("indsendt.xlsx")
        try Self.workbookWithFormulas(at: input)
        for source in [input, Fixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx")] {
            let (copy, _) = try Self.annotate(source, in: folder)
            let result = try Subprocess.run(ClientCheck.tool, [copy], separateErrors: false)
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("A CSV file becomes a workbook with one sheet named after the file")
    func csvCopy() throws {
        let input = Fixtures.path("samples/submitted/oversigt-fejl.csv")
        let folder = try TemporaryFolder()
        let (copy, _) = try Self.annotate(input, language: .english, in: folder)
        let grids = try Self.read(copy)
        #expect(grids.map(\.name) == ["Check", "oversigt-fejl"])
        let original = try SpreadsheetFile.read(path: input).grids[0]
        let a = Self.cells(original)
        let b = Self.cells(grids[1])
        #expect(Set(a.keys) == Set(b.keys))
        for (address, value) in a { #expect(b[address]?.0 == value.0) }
    }

    @Test("Sheet names: a taken “Kontrol” gets a number; CSV names are made valid")
    func names() {
        let file = SpreadsheetFile(path: "x.xlsx", format: .xlsx, grids: [SheetGrid(name: "Kontrol"), SheetGrid(name: "kontrol (2)")])
        #expect(AnnotatedCopy().sheetNames(for: file).control == "Kontrol (3)")
        #expect(AnnotatedCopy.validSheetName("budget [2013]: a/b?") == "budget _2013__ a_b_")
        #expect(AnnotatedCopy.validSheetName(String(repeating: "x", count: 40)).count == 31)
    }
}

/// The order of the Kontrol sheet, as the tests expect it.
enum AnnotatedCopyOrder {
    static func sorted(_ findings: [Finding]) -> [Finding] { findings.sorted(by: AnnotatedCopy.order) }
}
