import Foundation
import Spreadsheet
import Testing

/// The library example of README.md, run as written (in a temporary folder).
@Suite("README example")
struct ReadmeExampleTests {
    @Test("write a workbook, read it back, and pass a CSV through the Danish preset")
    func example() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.xlsx").path

        let writer = try XLSXWriter(path: out)
        let sheet = try writer.addSheet("Oversigt")
        try sheet.appendRow([
            WriteCell(0, .string("I alt"), style: .bold),
            WriteCell(
                column: 1, value: .integer(1_490_000), formula: "SUM(B2:B10)",
                style: CellStyle(numberFormat: "#,##0")),
        ])
        try sheet.freeze(rows: 1, columns: 0)
        try writer.close()

        let workbook = try XLSXWorkbook(path: out)
        #expect(workbook.sheets.map(\.name) == ["Oversigt"])
        var seen: [String] = []
        try workbook.forEachRow(inSheet: 0) { row in
            for cell in row.cells { seen.append(CellAddress(row: row.index, column: cell.column).a1) }
        }
        #expect(seen == ["A1", "B1"])
        let grid = try workbook.readSheet(named: "Oversigt")
        #expect(grid["B1"] == .integer(1_490_000))
        #expect(grid.cell(at: CellAddress("B1")!)?.formula == "SUM(B2:B10)")
        #expect(grid.cell(at: CellAddress("B1")!)?.numberFormat == "#,##0")

        let input = folder.appendingPathComponent("tilskud.csv").path
        try Data("Aktivitet;Beløb\r\nAkutpulje;20.000\r\n".utf8).write(to: URL(fileURLWithPath: input))
        let csv = try CSVReader(path: input)
        #expect(csv.dialect.delimiter == ";")
        let rows = try csv.readGrid()
        try CSVWriter.write(rows, to: folder.appendingPathComponent("ud.csv").path, options: .danishExcel)
        let written = try Data(contentsOf: folder.appendingPathComponent("ud.csv"))
        #expect(written == Data([0xEF, 0xBB, 0xBF] + Array("Aktivitet;Beløb\r\nAkutpulje;20.000\r\n".utf8)))

        let amount = try AmountParser.parse("1.490.000 kr.")
        #expect(amount.kroner == 1_490_000)
    }
}
