import Foundation
import Testing

@testable import Spreadsheet

/// Bad input gives a typed error that says where, and never a broken file.
@Suite("XLSX writer errors")
struct XLSXWriterErrorTests {
    private func withWriter(_ body: (XLSXWriter, XLSXSheetWriter) throws -> Void) throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(path: folder.appendingPathComponent("errors.xlsx").path)
        let sheet = try writer.addSheet("Budget")
        try body(writer, sheet)
        writer.discard()
    }

    @Test("a text over 32,767 characters names the sheet and the cell")
    func textTooLong() throws {
        try withWriter { _, sheet in
            try sheet.appendRow(values: [.string("ok")])
            let error = #expect(throws: XLSXWriteError.self) {
                try sheet.appendRow([WriteCell(0, .string("a")), WriteCell(3, .string(String(repeating: "é", count: 32_768)))])
            }
            #expect(error?.kind == .textTooLong(length: 32_768))
            #expect(error?.sheet == "Budget")
            #expect(error?.cell == CellAddress("D2"))
            #expect(error?.description.contains("sheet 'Budget', cell D2") == true)
            #expect(error?.danishDescription.contains("ark 'Budget', celle D2") == true)
            // Exactly at the limit is fine.
            try sheet.appendRow(values: [.string(String(repeating: "é", count: 32_767))])
        }
    }

    @Test(
        "numbers that are not finite, unknown error values and long formulas are refused",
        arguments: [
            (WriteCell(0, .number(.nan)), XLSXWriteError.Kind.numberNotFinite),
            (WriteCell(0, .number(-.infinity)), .numberNotFinite),
            (WriteCell(0, .date(SpreadsheetDate(serial: .infinity))), .numberNotFinite),
            (WriteCell(0, .error("#OOPS")), .unknownErrorValue("#OOPS")),
            (WriteCell(column: 0, value: .integer(1), formula: String(repeating: "1+", count: 4097) + "1"), .formulaTooLong(length: 8_195)),
            (WriteCell(column: CellAddress.maxColumn + 1, value: .integer(1)), .cellOutOfRange),
            (WriteCell(column: -1, value: .integer(1)), .cellOutOfRange),
            (WriteCell(0, .integer(1), style: CellStyle(font: CellFont(size: 0))), .invalidValue("font size 0.0 is not between 1 and 409 points")),
        ])
    func refusedValues(cell: WriteCell, kind: XLSXWriteError.Kind) throws {
        try withWriter { _, sheet in
            let error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow([cell]) }
            #expect(error?.kind == kind)
            #expect(error?.sheet == "Budget")
        }
    }

    @Test("rows must increase and columns must be unique")
    func ordering() throws {
        try withWriter { _, sheet in
            try sheet.appendRow(values: [.integer(1)], at: 4)
            var error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow(values: [.integer(2)], at: 4) }
            #expect(error?.kind == .rowOutOfOrder(row: 4, previousRow: 4))
            error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow(values: [.integer(2)], at: 2) }
            #expect(error?.kind == .rowOutOfOrder(row: 2, previousRow: 4))
            error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow([WriteCell(1, .integer(1)), WriteCell(1, .integer(2))]) }
            #expect(error?.kind == .duplicateColumn)
            error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow(values: [.integer(1)], at: CellAddress.maxRow + 1) }
            #expect(error?.kind == .cellOutOfRange)
            #expect(sheet.nextRow == 5)
        }
    }

    @Test(
        "sheet names follow the rules of spreadsheet programs",
        arguments: [
            "", "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted", "quoted'", "History", "HISTORY",
            String(repeating: "x", count: 32), "tab\there",
        ])
    func invalidSheetNames(name: String) throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(path: folder.appendingPathComponent("names.xlsx").path)
        let error = #expect(throws: XLSXWriteError.self) { _ = try writer.addSheet(name) }
        #expect(error?.kind == .invalidSheetName(name))
        writer.discard()
    }

    @Test("valid sheet names, and duplicates compared without case")
    func sheetNames() throws {
        try withWriter { writer, _ in
            for name in ["Oversigt 2013", "O'Brien", String(repeating: "x", count: 31), "Æblemost", "100%", "🚓"] {
                _ = try writer.addSheet(name)
            }
            let error = #expect(throws: XLSXWriteError.self) { _ = try writer.addSheet("ÆBLEMOST") }
            #expect(error?.kind == .duplicateSheetName("ÆBLEMOST"))
            #expect(writer.sheetNames.count == 7)
        }
    }

    @Test("layout errors: overlapping merges, single-cell merges, bad widths, unknown link targets")
    func layout() throws {
        try withWriter { writer, sheet in
            try sheet.merge(CellRange("A1:C2")!)
            var error = #expect(throws: XLSXWriteError.self) { try sheet.merge(CellRange("C2:D4")!) }
            #expect(error?.kind == .overlappingMerge(CellRange("C2:D4")!, CellRange("A1:C2")!))
            error = #expect(throws: XLSXWriteError.self) { try sheet.merge(CellRange("E5")!) }
            #expect(error?.kind == .invalidValue("a merged range must span at least two cells"))
            error = #expect(throws: XLSXWriteError.self) { try sheet.setColumnWidth(300, for: 0) }
            #expect(error != nil)
            error = #expect(throws: XLSXWriteError.self) { try sheet.appendRow(values: [.integer(1)], height: 500) }
            #expect(error != nil)
            error = #expect(throws: XLSXWriteError.self) { try sheet.addChart(XLSXChart(.line), at: CellRange("A1:B2")!) }
            #expect(error?.kind == .invalidChart("it has no data series"))
            error = #expect(throws: XLSXWriteError.self) { try writer.defineName("A1", refersTo: "1") }
            #expect(error?.kind == .invalidDefinedName("A1"))
            for bad in ["R1C1", "1abc", "has space", "TRUE", "_xlnm.Print_Area", "R", "c"] {
                #expect(throws: XLSXWriteError.self) { try writer.defineName(bad, refersTo: "1") }
            }
            try writer.defineName("Budget_2013", refersTo: "=1")
            error = #expect(throws: XLSXWriteError.self) { try writer.defineName("budget_2013", refersTo: "2") }
            #expect(error?.kind == .invalidDefinedName("budget_2013"))
        }
    }

    @Test("closing checks references between sheets, and the writer cannot be used afterwards")
    func closeChecks() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("links.xlsx").path
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Forside")
        try sheet.hyperlink(at: CellAddress("A1")!, toSheet: "Findes ikke", cell: CellAddress("A1")!)
        let error = #expect(throws: XLSXWriteError.self) { try writer.close() }
        #expect(error?.kind == .unknownSheet("Findes ikke"))
        #expect(error?.file == path)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try WriterTestSupport.listing(folder).isEmpty)
        let again = #expect(throws: XLSXWriteError.self) { try sheet.appendRow(values: [.integer(1)]) }
        #expect(again?.kind == .writerClosed)

        let empty = try XLSXWriter(path: path)
        #expect(throws: XLSXWriteError(.noSheets, file: path)) { try empty.close() }
        let hidden = try XLSXWriter(path: path)
        _ = try hidden.addSheet("Skjult", options: .hidden)
        #expect(throws: XLSXWriteError(.noVisibleSheet, file: path)) { try hidden.close() }
        #expect(try WriterTestSupport.listing(folder).isEmpty)
    }

    @Test("a folder that does not exist is reported when the writer is created")
    func missingFolder() throws {
        let error = #expect(throws: XLSXWriteError.self) { _ = try XLSXWriter(path: "/nonexistent-folder-plansheets/x.xlsx") }
        #expect(error?.kind == .folderNotWritable)
        #expect(error?.file == "/nonexistent-folder-plansheets/x.xlsx")
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = #expect(throws: XLSXWriteError.self) {
            _ = try XLSXWriter(
                path: folder.appendingPathComponent("x.xlsx").path,
                options: XLSXWriterOptions(temporaryDirectory: "/nonexistent-spill-plansheets"))
        }
        #expect(spill?.kind == .folderNotWritable)
        #expect(spill?.file == "/nonexistent-spill-plansheets")
    }

    @Test("a rejected row leaves no trace and the sheet goes on")
    func rejectedRowRollsBack() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rollback.xlsx").path
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Ark")
        try sheet.appendRow(values: [.string("header")])
        #expect(throws: XLSXWriteError.self) {
            try sheet.appendRow(values: [.string("half"), .string("written"), .number(.nan)])
        }
        try sheet.appendRow(values: [.string("after")])
        try writer.close()
        let xml = try WriterTestSupport.zipEntry(URL(fileURLWithPath: path), "xl/worksheets/sheet1.xml")
        let strings = try WriterTestSupport.zipEntry(URL(fileURLWithPath: path), "xl/sharedStrings.xml")
        // The rejected row never happened: "after" takes its place as row 2, and the
        // texts of the rejected row are not referenced (count 2 of 4 table entries).
        #expect(xml.contains("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c></row></sheetData>"))
        #expect(strings.contains("count=\"2\" uniqueCount=\"4\""))
        #expect(xml.contains("<dimension ref=\"A1:A2\"/>"))
    }
}
