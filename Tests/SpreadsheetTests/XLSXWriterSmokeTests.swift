import Foundation
import Testing
@testable import Spreadsheet

@Suite("XLSX writer smoke")
struct XLSXWriterSmokeTests {
    @Test("writes a small workbook")
    func small() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        let path = folder.appendingPathComponent("smoke.xlsx").path
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Data")
        try sheet.appendRow(values: [.string("Name"), .string("Amount"), .string("Date")], style: .bold)
        try sheet.appendRow([WriteCell(0, .string("Æble & <pære>")), WriteCell(1, .integer(1_490_000), style: CellStyle(numberFormat: "#,##0")),
                             WriteCell(2, .date(SpreadsheetDate(DateTimeComponents(year: 2013, month: 5, day: 1))))])
        try sheet.appendRow([WriteCell(column: 1, value: .integer(1_490_000), formula: "SUM(B2)")], at: 4)
        try writer.close()
        print(path)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
