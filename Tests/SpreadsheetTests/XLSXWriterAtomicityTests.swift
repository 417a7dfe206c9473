import Foundation
import Testing

@testable import Spreadsheet

/// Writes are all or nothing, and equal input gives equal bytes.
@Suite("XLSX writer atomicity and determinism")
struct XLSXWriterAtomicityTests {
    static let oldContent = Data("the finance officer's previous file".utf8)

    private func folderWithExistingTarget() throws -> (URL, URL) {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        let target = folder.appendingPathComponent("oversigt.xlsx")
        try Self.oldContent.write(to: target)
        return (folder, target)
    }

    @Test("an error in row 5 leaves the existing file untouched and no temporary file behind")
    func errorMidWrite() throws {
        let (folder, target) = try folderWithExistingTarget()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sharedStrings in [true, false] {
            // A tiny spill threshold, so the rows before the error have reached a spill file.
            let options = XLSXWriterOptions(sharedStrings: sharedStrings, temporaryDirectory: folder.path, spillThreshold: 64)
            func write() throws {
                let writer = try XLSXWriter(path: target.path, options: options)
                let sheet = try writer.addSheet("Data")
                for row in 0..<10 {
                    let text = row == 4 ? String(repeating: "x", count: 40_000) : "row \(row)"
                    try sheet.appendRow(values: [.integer(Int64(row)), .string(text)])
                }
                try writer.close()
            }
            let error = #expect(throws: XLSXWriteError.self) { try write() }
            #expect(error?.kind == .textTooLong(length: 40_000))
            #expect(error?.cell == CellAddress("B5"))
            #expect(error?.sheet == "Data")
            #expect(try Data(contentsOf: target) == Self.oldContent)
            #expect(try WriterTestSupport.listing(folder) == ["oversigt.xlsx"])
        }
    }

    @Test("an error while closing leaves the existing file untouched and no temporary file behind")
    func errorAtClose() throws {
        let (folder, target) = try folderWithExistingTarget()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(path: target.path, options: XLSXWriterOptions(temporaryDirectory: folder.path, spillThreshold: 64))
        let sheet = try writer.addSheet("Data")
        for row in 0..<50 { try sheet.appendRow(values: [.integer(Int64(row)), .string("row \(row)")]) }
        var chart = XLSXChart(.line)
        chart.series = [XLSXChart.Series(values: SheetReference(sheet: "Missing", "A1:A5")!)]
        try sheet.addChart(chart, at: CellRange("D2:H10")!)
        let error = #expect(throws: XLSXWriteError.self) { try writer.close() }
        #expect(error?.kind == .unknownSheet("Missing"))
        #expect(try Data(contentsOf: target) == Self.oldContent)
        #expect(try WriterTestSupport.listing(folder) == ["oversigt.xlsx"])
    }

    @Test("a writer dropped without closing writes nothing")
    func abandoned() throws {
        let (folder, target) = try folderWithExistingTarget()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let writer = try XLSXWriter(path: target.path, options: XLSXWriterOptions(temporaryDirectory: folder.path, spillThreshold: 64))
            let sheet = try writer.addSheet("Data")
            for row in 0..<100 { try sheet.appendRow(values: [.integer(Int64(row))]) }
        }
        #expect(try Data(contentsOf: target) == Self.oldContent)
        #expect(try WriterTestSupport.listing(folder) == ["oversigt.xlsx"])
    }

    @Test("a successful write replaces the existing file and leaves nothing else")
    func replaces() throws {
        let (folder, target) = try folderWithExistingTarget()
        defer { try? FileManager.default.removeItem(at: folder) }
        try XLSXWriter.write(
            grids: [SheetGrid(name: "Ny", rows: [Row(index: 0, cells: [Cell(column: 0, value: .integer(1))])])],
            to: target.path, options: XLSXWriterOptions(temporaryDirectory: folder.path))
        let bytes = try Data(contentsOf: target)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // "PK\3\4": a zip file
        #expect(try WriterTestSupport.listing(folder) == ["oversigt.xlsx"])
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(permissions & 0o044 == 0o044, "the file is readable by others as a normal file (umask applies)")
    }

    @Test("the same workbook written twice is byte for byte the same", arguments: [false, true])
    func deterministic(constantMemory: Bool) throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.xlsx")
        let second = folder.appendingPathComponent("second.xlsx")
        for url in [first, second] {
            let options = XLSXWriterOptions(sharedStrings: !constantMemory, spillThreshold: 512)
            try WriterSampleWorkbooks.writeEverything(to: url.path, options: options)
        }
        let a = try Data(contentsOf: first)
        let b = try Data(contentsOf: second)
        #expect(a.count > 5_000)
        #expect(a == b)

        let large1 = folder.appendingPathComponent("large1.xlsx")
        let large2 = folder.appendingPathComponent("large2.xlsx")
        try WriterSampleWorkbooks.writeConstantMemory(to: large1.path, rows: 3_000)
        try WriterSampleWorkbooks.writeConstantMemory(to: large2.path, rows: 3_000)
        #expect(try Data(contentsOf: large1) == Data(contentsOf: large2))
    }

    @Test("entries have the fixed zip time and a fixed order")
    func entryOrder() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("everything.xlsx")
        try WriterSampleWorkbooks.writeEverything(to: file.path)
        let names = try WriterTestSupport.zipEntryNames(file)
        #expect(
            names.prefix(8) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            ])
        let script = "import zipfile,sys; print(sorted(set(i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist())))"
        let times = try WriterTestSupport.run(TestEnvironment.executable(named: "python3") ?? "/usr/bin/python3", ["-c", script, file.path])
        #expect(times.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[(1980, 1, 1, 0, 0, 0)]")
    }
}
