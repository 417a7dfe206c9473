import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// The CSV layouts: Danish Excel's dialect, amounts as plain whole numbers, and read
/// back exactly by our CSV reader.
@Suite("Export CSV")
struct ExportCSVTests {
    let exporter: PlanExporter

    init() throws {
        exporter = PlanExporter(plan: Fixtures.plan)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes.dropFirst(3), as: UTF8.self) }

    @Test("every layout's CSV reads back with the values of its table model", arguments: ExportLayout.allCases)
    func readsBack(_ layout: ExportLayout) throws {
        let bytes = exporter.csvBytes(for: layout)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark")
        var options = CSVReadOptions()
        options.typeNumbers = true
        options.decimalSeparator = .comma  // Danish: "1.1" is an id, not one point one
        let reader = try CSVReader(bytes: bytes, name: layout.rawValue, options: options)
        #expect(reader.dialect.delimiter == ";")
        let grid = try reader.readGrid()
        var offset = 0
        for sheet in exporter.sheets(for: layout) {
            for (index, row) in sheet.rows.enumerated() {
                let read = grid.row(offset + index)
                #expect(read?.cells.map(\.column) ?? [] == row.cells.map(\.column), "\(sheet.name) row \(index + 1)")
                for cell in row.cells {
                    #expect(read?[cell.column] == cell.value, "\(sheet.name) row \(index + 1) column \(cell.column + 1)")
                }
            }
            offset += sheet.rows.count + 1
        }
    }

    @Test("the overview CSV: ; separated, CR LF, amounts as plain whole numbers")
    func overviewText() {
        let lines = Self.text(exporter.csvBytes(for: .overview)).components(separatedBy: "\r\n")
        #expect(lines[0] == "Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem;;;;;;")
        #expect(lines[1] == "Årlig ramme;2000000;;;;;")
        #expect(lines[2] == "Indsatsområde;Aktivitet;Finansiering 2013;Finansiering 2014;Finansiering 2015;Finansiering 2016;Id")
        #expect(lines[3] == "1;Indbrudsindsats;40000;;;;1.1")
        #expect(lines[12] == "I alt;;1490000;1030000;620000;620000;")
        #expect(lines[13] == "Resterende beløb pr. år;;510000;970000;1380000;1380000;")
        #expect(lines[14] == "" && lines.count == 15, "the file ends with a line ending")
    }

    @Test("the area tables are stacked, an empty line between them")
    func areasStacked() {
        let lines = Self.text(exporter.csvBytes(for: .areas)).components(separatedBy: "\r\n")
        let titles = lines.indices.filter { lines[$0].hasPrefix("Aktiviteter under indsatsområde") }
        #expect(titles.count == 5)
        for title in titles.dropFirst() { #expect(lines[title - 1] == "") }
        #expect(lines.contains("I alt;;600000;180000;0;0;"))
        #expect(lines.contains("I alt;;400000;400000;170000;170000;"))
        #expect(lines.contains("Planen har ingen aktiviteter under indsatsområde 5.;;;;;;"))
    }

    @Test("the long CSV has one line per activity and year")
    func longText() {
        let lines = Self.text(exporter.csvBytes(for: .long)).components(separatedBy: "\r\n")
        #expect(lines[0] == "Indsatsområde;Id;Aktivitet;År;Beløb")
        #expect(lines[1] == "1;1.1;Indbrudskampagne i Tingbjerg-Husum;2013;40000")
        #expect(lines[2] == "1;1.1;Indbrudskampagne i Tingbjerg-Husum;2014;")
        #expect(lines.count == 1 + 9 * 4 + 1)
    }

    @Test("the crime CSV")
    func crimeText() {
        let lines = Self.text(exporter.csvBytes(for: .crime)).components(separatedBy: "\r\n")
        #expect(lines[1] == "Gerningstype;Basis 2012;2013 (-10 %);2014 (-15 %);2015 (-20 %);2016 (-25 %)")
        #expect(lines[2] == "Indbrud;154;139;131;123;116")
    }

    @Test("a written CSV file holds exactly the bytes, and the same plan gives the same bytes", arguments: ExportLayout.allCases)
    func fileMatchesBytes(_ layout: ExportLayout) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("\(layout.rawValue).csv")
        try exporter.write(layout, to: path)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == exporter.csvBytes(for: layout))
        #expect(written == PlanExporter(plan: Fixtures.plan).csvBytes(for: layout))
    }
}
