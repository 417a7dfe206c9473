import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Rows with wrapped text get a height that shows the text whole: spreadsheet programs
/// do not grow such rows of a file another program wrote.
@Suite("Export row heights")
struct ExportRowHeightTests {
    @Test("a one-line row keeps the default height; wrapped headings and long names grow")
    func heights() throws {
        let plan = Fixtures.plan
        let sheet = PlanExporter(plan: plan).overviewSheet()
        let widths = sheet.columnWidths
        let heights = sheet.rows.map { XLSXExportRenderer.wrappedHeight(of: $0, widths: widths) }
        // The heading row ("Finansiering 2013" in a narrow amount column) needs two lines.
        let headingIndex = try #require(sheet.rows.firstIndex { $0.kind == .header })
        #expect(heights[headingIndex] == 30)
        // The longest activity name wraps; a short one does not.
        let longName = try #require(
            sheet.rows.firstIndex { row in
                row.cells.contains { $0.value == .string("Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum") }
            })
        #expect((heights[longName] ?? 0) >= 30)
        let shortName = try #require(sheet.rows.firstIndex { row in row.cells.contains { $0.value == .string("Akutpulje") } })
        #expect(heights[shortName] == nil)
    }

    @Test("the height never exceeds the 409 points a row can have")
    func capped() {
        let row = ExportRow(.blank, [ExportCell.text(0, String(repeating: "x", count: 40_000), .wrappedText)])
        #expect(XLSXExportRenderer.wrappedHeight(of: row, widths: [10]) == 409)
    }
}
