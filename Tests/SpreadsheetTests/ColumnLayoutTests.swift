import Foundation
import Testing

@testable import Spreadsheet

@Suite("Column widths and hidden columns")
struct ColumnLayoutTests {
    @Test("widths and hidden columns are read, and a copy of the grid writes them back")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let original = folder.file("bredder.xlsx")
        let writer = try XLSXWriter(path: original)
        let sheet = try writer.addSheet("Budget")
        try sheet.appendRow(values: [.string("Id"), .string("Aktivitet"), .string("2013"), .string("2014")])
        try sheet.setColumnWidth(48, for: 1)
        try sheet.setColumnWidth(12.5, for: 2...3)
        try sheet.hideColumns(6...6)
        try writer.close()

        let expected = [
            ColumnLayout(columns: 1...1, width: 48),
            ColumnLayout(columns: 2...3, width: 12.5),
            ColumnLayout(columns: 6...6, hidden: true),
        ]
        let grid = try XLSXWorkbook(path: original).readSheet(at: 0)
        #expect(grid.columns == expected)

        let copy = folder.file("kopi.xlsx")
        try XLSXWriter.write(grids: [grid], to: copy)
        #expect(try XLSXWorkbook(path: copy).readSheet(at: 0) == grid)
    }

    @Test("a width set on a hidden column, and `true` for hidden, are kept together")
    func widthAndHidden() throws {
        let grid = try WorkbookFixture(
            rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
            extra: ""
        ).grid()
        #expect(grid.columns.isEmpty)
        let fixture = WorkbookFixture(sheets: [
            .init(
                name: "Ark",
                xml: WorkbookFixture.worksheet(
                    "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                    before: "<cols><col min=\"3\" max=\"4\" width=\"9.140625\" hidden=\"true\" customWidth=\"1\"/></cols>"))
        ])
        #expect(try fixture.open().readSheet(at: 0).columns == [ColumnLayout(columns: 2...3, width: 9.140625, hidden: true)])
    }
}
