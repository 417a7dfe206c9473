import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// The change workbook: "Ændringer" with links and live totals, the new overview with
/// changed cells filled and noted, removed activities struck through.
@Suite("Change workbook")
struct ChangeWorkbookTests {
    /// The 2013 plan against the 2014 example with 1.1 dropped and the frame raised.
    static let diff: PlanDiff = {
        let data = FileManager.default.contents(atPath: Fixtures.path("samples/tryghedsplan-2014.json"))!
        var revision = try! Plan(jsonData: data)
        revision.activities.removeAll { $0.id == "1.1" }
        revision.annualFrame = 2_100_000
        return PlanDiffer().diff(Fixtures.plan, revision)
    }()

    @Test("Every change has a cell: amounts, names and areas on Oversigt, details on Aktiviteter; removed rows below the table")
    func places() throws {
        let book = ChangeWorkbook(diff: Self.diff)
        let places = book.places
        #expect(places.count == Self.diff.changes.count)
        let overview = try #require(book.overviewWorkbook.sheet(named: "Oversigt"))
        for (change, place) in zip(Self.diff.changes, places) {
            let place = try #require(place, "\(change.kind) has no cell")
            switch change.kind {
            case .fundingChanged:
                #expect(place.sheet == "Oversigt")
                let cell = overview.cell(at: place.cell)
                let value: CellValue =
                    change.new == .amount(0)
                    ? .empty : .integer(change.new.flatMap { if case .amount(let k) = $0 { return k.value } else { return nil } } ?? -1)
                #expect((cell?.value ?? .empty) == value, "\(change.activity ?? "") \(change.year ?? 0) at \(place.cell.a1)")
            case .activityRemoved:
                #expect(place.sheet == "Oversigt")
                #expect(place.cell.row > overview.rowIndices(of: .remaining).first!)
                #expect(overview.cell(at: place.cell)?.value == .string("Indbrudsindsats"))
            case .detailChanged:
                #expect(place.sheet == "Aktiviteter")
            case .frameChanged:
                #expect(place.cell.a1 == "B2")
            default:
                break
            }
        }
        // The removed activity is outside the totals: "I alt" 2013 is the new plan's.
        let total = try #require(overview.rowIndices(of: .total).first)
        #expect(overview.cell(at: CellAddress(row: total, column: 2))?.value == .integer(1_450_000))
    }

    @Test("Read back: Ændringer first, totals before as values and now as formulas on Oversigt, differences as formulas; notes and fills")
    func readBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("aendringer.xlsx")
        try ChangeWorkbook(diff: Self.diff).write(to: path)
        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheets.map(\.name).first == "Ændringer")
        #expect(Array(workbook.sheets.map(\.name).dropFirst()) == PlanExporter(plan: Self.diff.new).overviewWorkbook().sheets.map(\.name))
        let sheet = try workbook.readSheet(named: "Ændringer")
        #expect(sheet["A5"] == .string("I alt før"))
        #expect(sheet["C5"] == .integer(1_030_000))
        #expect(sheet.cell(at: CellAddress("C6")!)?.formula == "'Oversigt'!$D$14")
        #expect(sheet["C6"] == .integer(1_300_000))
        #expect(sheet.cell(at: CellAddress("B7")!)?.formula == "B6-B5")
        #expect(sheet["B7"] == .integer(-40_000))
        #expect(sheet["C9"] == .integer(800_000))
        #expect(sheet["A12"] == .string("Område"))
        #expect(sheet["J13"] == .string("Oversigt!B2"))
        let rows = sheet.rows.filter { $0.index >= 12 }
        #expect(rows.count == Self.diff.changes.count)
    }

    @Test(
        "Notes hold the old value; changed cells are yellow, added green, removed red and struck through; links point at the changed cells",
        .enabled(if: TestEnvironment.pythonWithOpenpyxl != nil || TestEnvironment.isCI, "python3 with openpyxl is not installed"))
    func notesAndLinks() throws {
        let python = try #require(TestEnvironment.pythonWithOpenpyxl, "CI=true but python3 with openpyxl is missing")
        let folder = try TemporaryFolder()
        let path = folder.file("aendringer.xlsx")
        try ChangeWorkbook(diff: Self.diff).write(to: path)
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {"notes": {}, "links": []}
            for ws in wb.worksheets[1:]:
                for row in ws.iter_rows():
                    for c in row:
                        if c.comment is not None or (c.fill.fgColor.rgb not in (None, "00000000") and c.fill.fill_type == "solid" and ws.title == "Oversigt" and c.row > 3):
                            out["notes"][ws.title + "!" + c.coordinate] = [c.comment.text if c.comment else "", c.fill.fgColor.rgb, bool(c.font.strike)]
            for row in wb.worksheets[0].iter_rows():
                for c in row:
                    if c.hyperlink is not None:
                        out["links"].append([c.coordinate, c.hyperlink.location])
            print(json.dumps(out))
            """
        let result = try Subprocess.run(python, ["-c", script, path], separateErrors: true)
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let notes = try #require(json["notes"] as? [String: [Any]])
        #expect(notes["Oversigt!F6"]?[0] as? String == "Før: 450.000 (−150.000)")
        #expect(notes["Oversigt!F6"]?[1] as? String == "FFFFEB9C")
        #expect(notes["Oversigt!B2"]?[0] as? String == "Før: 2.000.000 (+100.000)")
        #expect(notes["Oversigt!B12"]?[1] as? String == "FFC6EFCE", "5.1 added: green")
        let removed = try #require(notes.first { ($0.value[0] as? String)?.hasPrefix("Fjernet") == true })
        #expect(removed.value[2] as? Bool == true, "struck through")
        #expect(removed.value[1] as? String == "FFFFC7CE")
        let links = try #require(json["links"] as? [[String]])
        let places = ChangeWorkbook(diff: Self.diff).places.compactMap { $0 }
        #expect(links.map { $0[1] } == places.map { SheetReference(sheet: $0.sheet, cell: $0.cell).formula })
    }

    @Test(
        "xlsx-client-check: LibreOffice opens it, the totals recalculate to the cached values, and LibreOffice resolves every link",
        .enabled(
            if: ClientCheck.unavailableReason == nil || TestEnvironment.isCI,
            "\(ClientCheck.unavailableReason ?? ""): skipped (this fails when CI=true)"))
    func clientCheck() throws {
        if let reason = ClientCheck.unavailableReason {
            Issue.record("\(reason) (required when CI=true)")
            return
        }
        let folder = try TemporaryFolder()
        let path = folder.file("aendringer.xlsx")
        try ChangeWorkbook(diff: Self.diff).write(to: path)
        let expect = ClientCheck.Expectation(sheets: [
            .init(
                name: "Ændringer",
                cells: [
                    ["B5", "n", 1_490_000], ["B6", "n", 1_450_000], ["B7", "n", -40_000], ["C6", "n", 1_300_000],
                    ["C7", "n", 270_000], ["E6", "n", 690_000], ["B9", "n", 650_000], ["E10", "n", 30_000],
                    ["B6", "f", "='Oversigt'!$C$14"], ["B7", "f", "=B6-B5"], ["J13", "s", "Oversigt!B2"],
                ]),
            .init(name: "Oversigt", cells: [["B2", "n", 2_100_000], ["C14", "n", 1_450_000], ["F15", "n", 1_410_000]]),
        ])
        let result = try ClientCheck.run(path, expect: expect, in: folder)
        #expect(result.status == 0, "xlsx-client-check failed:\n\(result.output)")

        // LibreOffice's own form of each link ('Sheet'.$C$4) shows it understood the target.
        let soffice = try #require(TestEnvironment.executable(named: "soffice") ?? TestEnvironment.executable(named: "libreoffice"))
        let profile = "-env:UserInstallation=file://" + folder.file("lo-profile")
        let converted = try Subprocess.run(soffice, [profile, "--headless", "--convert-to", "fods", "--outdir", folder.file("fods"), path])
        #expect(converted.status == 0, "\(converted.output)")
        let fods = try String(contentsOfFile: folder.file("fods/aendringer.fods"), encoding: .utf8)
        let links = fods.components(separatedBy: "xlink:href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
            .map { $0.replacingOccurrences(of: "&apos;", with: "'") }
        let places = ChangeWorkbook(diff: Self.diff).places.compactMap { $0 }
        #expect(links == places.map { "'\($0.sheet)'.$\(CellAddress.columnName($0.cell.column))$\($0.cell.row + 1)" })
    }
}
