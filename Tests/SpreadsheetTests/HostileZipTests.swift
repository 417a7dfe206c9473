import CLibZip
import Foundation
import Testing

@testable import Spreadsheet

/// Hostile packages: zip bombs of gigabytes, absurd entry counts, truncated archives,
/// entry names that climb out of the package, relationships that point outside it or
/// in circles, duplicate sheet names. Each ends in a specific typed error or an exact
/// tolerant read; none may crash, hang, allocate by a size the file claims, or touch
/// the file system outside the package.
///
/// (Entity bombs, XXE, each zip limit set small, forged sizes and CRCs are in
/// ``XLSXReaderSafetyTests``; this suite adds what those do not cover.)
@Suite("Hostile input: zip packages")
struct HostileZipTests {
    static let main = WorkbookFixture.main
    static let sheetPrefix = """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(WorkbookFixture.main)"><sheetData>\
        <row r="1"><c r="A1"><v>42</v></c></row>
        """

    /// The error `body` throws, which must be an ``XLSXError``.
    static func error(_ body: () throws -> Void) -> XLSXError? {
        do {
            try body()
            return nil
        } catch let error as XLSXError {
            #expect(!error.description.isEmpty && !error.danishDescription.isEmpty)
            return error
        } catch {
            Issue.record("not an XLSXError: \(error)")
            return nil
        }
    }

    /// A one-sheet workbook whose part `bombPart` is replaced by a deflate bomb.
    static func bombWorkbook(in bombPart: String, prefix: String, size: Int64) -> [UInt8] {
        let fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sharedStrings: ["<t>x</t>"])
        let others = fixture.entries.filter { $0.name != bombPart }
        return HostileDeflateBomb.archive(others, bomb: bombPart, prefix: prefix, inflatingTo: size)
    }

    // MARK: - Zip bombs

    @Test("the deflate bomb generator makes a valid stream: a small one inflates to exactly what it should")
    func bombGeneratorIsSound() throws {
        let prefix = WorkbookFixture.worksheet("<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>")
        let matches = 4_000
        let size = HostileDeflateBomb.inflatedSize(prefix: Array(prefix.utf8), matches: matches)
        var expected = Array(prefix.utf8)
        expected += [UInt8](repeating: 0x20, count: Int(size) - expected.count)
        let compressed = HostileDeflateBomb.stream(prefix: Array(prefix.utf8), matches: matches)
        #expect(compressed.count < prefix.utf8.count + 1_100)  // about 1000:1 for the spaces
        // With the real CRC the reader checks every inflated byte against it.
        let fixture = WorkbookFixture(rows: "")
        let others = fixture.entries.filter { $0.name != "xl/worksheets/sheet1.xml" }
        var bytes = HostileDeflateBomb.archive(others, bomb: "xl/worksheets/sheet1.xml", prefix: prefix, inflatingTo: size)
        bytes = HostileZipSurgery.settingCRC(of: "xl/worksheets/sheet1.xml", to: CRC32.checksum(expected), in: bytes)
        let grid = try XLSXWorkbook(bytes: bytes).readSheet(at: 0)
        #expect(grid.rows.count == 1)
        #expect(grid["A1"] == .integer(42))
    }

    @Test("a sheet that inflates to 3 GB is refused by its declared size, before anything is inflated")
    func bombInSheet() throws {
        let bytes = HostileZipTests.bombWorkbook(in: "xl/worksheets/sheet1.xml", prefix: HostileZipTests.sheetPrefix, size: 3 << 30)
        #expect(bytes.count < 4 << 20)
        let workbook = try XLSXWorkbook(bytes: bytes)  // the sheet is not read yet
        #expect(workbook.sheets.map(\.name) == ["Sheet1"])
        let error = HostileZipTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .limitExceeded(.entrySize))
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.sheet == "Sheet1")
        #expect(
            error?.detail?.contains(
                "\(HostileDeflateBomb.inflatedSize(prefix: Array(HostileZipTests.sheetPrefix.utf8), matches: Int(((3 << 30) - Int64(HostileZipTests.sheetPrefix.utf8.count) - 1) / 258))) bytes declared"
            ) == true)
        // Streaming stops the same way, before the caller sees a row.
        var rows = 0
        let streamed = HostileZipTests.error { try workbook.forEachRow(inSheet: 0) { _ in rows += 1 } }
        #expect(streamed?.kind == .limitExceeded(.entrySize))
        #expect(rows == 0)
    }

    @Test("shared strings that inflate to 3 GB stop the workbook from opening")
    func bombInSharedStrings() throws {
        let prefix = "<?xml version=\"1.0\"?><sst xmlns=\"\(HostileZipTests.main)\"><si><t>x</t></si>"
        let bytes = HostileZipTests.bombWorkbook(in: "xl/sharedStrings.xml", prefix: prefix, size: 3 << 30)
        let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: bytes) }
        #expect(error?.kind == .limitExceeded(.entrySize))
        #expect(error?.part == "xl/sharedStrings.xml")
    }

    @Test("the 3 GB bomb with its size forged small in the zip directory is stopped while inflating")
    func forgedBomb() throws {
        let honest = HostileZipTests.bombWorkbook(in: "xl/worksheets/sheet1.xml", prefix: HostileZipTests.sheetPrefix, size: 3 << 30)
        let forged = ZipPatcher.settingUncompressedSize(of: "xl/worksheets/sheet1.xml", to: 2_000, in: honest)
        let workbook = try XLSXWorkbook(bytes: forged)
        let error = HostileZipTests.error { _ = try workbook.readSheet(at: 0) }
        // Default limits: the ratio limit (250) trips long before the 1 GiB entry limit.
        #expect(error?.kind == .limitExceeded(.compressionRatio))
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        // A stricter entry limit stops it sooner, by the bytes actually produced.
        let strict = try XLSXWorkbook(bytes: forged, options: XLSXReadOptions(limits: ZipLimits(maxUncompressedEntrySize: 8 << 20)))
        let early = HostileZipTests.error { _ = try strict.readSheet(at: 0) }
        #expect(early?.kind == .limitExceeded(.entrySize))
        #expect(early?.detail?.contains("when inflated") == true)
    }

    // MARK: - Entry counts and truncation

    @Test("20,000 entries are refused when the archive is opened, by the count alone")
    func manyEntries() throws {
        var entries = WorkbookFixture(rows: "").entries
        for k in 0..<20_000 { entries.append(.init("xl/media/image\(k).png", bytes: [UInt8(k & 0xFF)], deflate: false)) }
        let bytes = ZipBuilder.archive(entries)
        let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: bytes) }
        #expect(error?.kind == .limitExceeded(.entryCount))
        #expect(error?.detail == "20005 entries, limit 10000")
    }

    @Test("an end-of-directory record that lies about the entry count is a damaged zip", arguments: [0, 2, 65_535])
    func forgedEntryCount(count: Int) throws {
        let bytes = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").bytes
        let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: HostileZipSurgery.settingEntryCount(to: UInt16(count), in: bytes)) }
        #expect(error?.kind == .corruptZip)
    }

    @Test("a zip cut off anywhere is a damaged zip (not 'not a zip'), from bytes and from a file")
    func truncated() throws {
        let bytes = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").bytes
        let folder = try TemporaryFolder()
        for cut in [4, 30, bytes.count / 2, bytes.count - 23, bytes.count - 1] {
            let prefix = Array(bytes.prefix(cut))
            let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: prefix) }
            #expect(error?.kind == .corruptZip, "cut at \(cut)")
            #expect(error?.detail?.contains("cut off") == true, "cut at \(cut)")
            let path = try folder.write("cut-\(cut).xlsx", prefix)
            let fromFile = HostileZipTests.error { _ = try XLSXWorkbook(path: path) }
            #expect(fromFile?.kind == .corruptZip, "cut at \(cut)")
            #expect(fromFile?.file == path)
        }
        // Three bytes are too few to be a zip entry header: that is not a zip.
        #expect(HostileZipTests.error { _ = try XLSXWorkbook(bytes: Array(bytes.prefix(3))) }?.kind == .notAZip)
    }

    // MARK: - Names and relationships that leave the package

    static func evilSheet(_ value: Int) -> String {
        "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\"><v>\(value)</v></c></row></sheetData></worksheet>"
    }

    @Test("entries named ../, /absolute or C:\\ are never written anywhere and never reached")
    func climbingEntryNames() throws {
        let marker = "plansheets-hostile-\(UUID().uuidString)"
        let names = ["../../\(marker).xml", "/tmp/\(marker).xml", "..\\..\\\(marker)-win.xml", "C:\\\(marker).xml"]
        var fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        fixture.extraEntries = names.map { .init($0, HostileZipTests.evilSheet(666)) }
        let folder = try TemporaryFolder()
        let path = try folder.write("climb.xlsx", fixture.bytes)
        for workbook in [try fixture.open(), try XLSXWorkbook(path: path)] {
            #expect(try workbook.readSheet(at: 0)["A1"] == .integer(1))
        }
        // Reading extracted nothing: not next to the file, not in /tmp, not above the working folder.
        #expect(try folder.contents() == ["climb.xlsx"])
        let cwd = FileManager.default.currentDirectoryPath
        for candidate in ["/tmp/\(marker).xml", "\(cwd)/../../\(marker).xml", "\(folder.path)/../../\(marker).xml"] {
            #expect(!FileManager.default.fileExists(atPath: candidate), "\(candidate)")
        }
        // A relationship aiming at the ../ entry does not reach it.
        var aimed = fixture.entries
        let rels = aimed.firstIndex { $0.name == "xl/_rels/workbook.xml.rels" }!
        aimed[rels] = .init("xl/_rels/workbook.xml.rels", HostileZipTests.relationships(target: "../../../\(marker).xml"))
        let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: ZipBuilder.archive(aimed)).readSheet(at: 0) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == "../../\(marker).xml")
        #expect(error?.detail == "the sheet's relationship points outside the package")
    }

    static func relationships(target: String, mode: String? = nil) -> String {
        "<Relationships xmlns=\"\(WorkbookFixture.pkg)\"><Relationship Id=\"rId1\" Type=\"\(WorkbookFixture.rel)/worksheet\" "
            + "Target=\"\(WorkbookFixture.escape(target))\"\(mode.map { " TargetMode=\"\($0)\"" } ?? "")/></Relationships>"
    }

    @Test(
        "a sheet relationship pointing outside the package is a missing part, never a file read",
        arguments: [
            ("../../etc/passwd", nil, "../etc/passwd", "the sheet's relationship points outside the package"),
            ("file:///etc/passwd", nil, "file:///etc/passwd", "the sheet's relationship points outside the package"),
            ("http://example.com/budget.xml", nil, "http://example.com/budget.xml", "the sheet's relationship points outside the package"),
            ("C:\\Windows\\win.ini", nil, "C:\\Windows\\win.ini", "the sheet's relationship points outside the package"),
            ("/etc/passwd", nil, "etc/passwd", "the sheet's part is not in the package"),
            ("file:///etc/passwd", "External", "file:///etc/passwd", "the sheet's relationship points outside the package (TargetMode=\"External\")"),
            (
                "http://example.com/budget.xml", "External", "http://example.com/budget.xml",
                "the sheet's relationship points outside the package (TargetMode=\"External\")"
            ),
        ] as [(String, String?, String, String)])
    func outsideTargets(target: String, mode: String?, part: String, detail: String) throws {
        var entries = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").entries
        let rels = entries.firstIndex { $0.name == "xl/_rels/workbook.xml.rels" }!
        entries[rels] = .init("xl/_rels/workbook.xml.rels", HostileZipTests.relationships(target: target, mode: mode))
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        #expect(workbook.sheets.map(\.kind) == [.worksheet])
        let error = HostileZipTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == part.replacingOccurrences(of: "\\", with: mode == nil ? "/" : "\\"))
        #expect(error?.sheet == "Sheet1")
        #expect(error?.detail == detail)
        #expect(HostileZipTests.error { try workbook.forEachRow(inSheet: 0) { _ in Issue.record("a row was read") } }?.kind == .missingPart)
    }

    @Test("the officeDocument relationship pointing outside the package: a missing workbook part")
    func outsideWorkbook() throws {
        var entries = WorkbookFixture(rows: "").entries
        entries[1] = .init(
            "_rels/.rels",
            "<Relationships xmlns=\"\(WorkbookFixture.pkg)\"><Relationship Id=\"rId1\" Type=\"\(WorkbookFixture.rel)/officeDocument\" Target=\"../../etc/passwd\"/></Relationships>"
        )
        let error = HostileZipTests.error { _ = try XLSXWorkbook(bytes: ZipBuilder.archive(entries)) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == "../../etc/passwd")
        #expect(error?.detail == "the package's officeDocument relationship points outside the package")
    }

    @Test("relationships in circles: parts pointing at the workbook, the package's relationships, each other")
    func relationshipCycles() throws {
        let sheet = WorkbookFixture.worksheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>")
        var entries = WorkbookFixture(sheets: [.init(name: "Ark1", xml: sheet)]).entries
        let rels = entries.firstIndex { $0.name == "xl/_rels/workbook.xml.rels" }!
        func relationship(_ id: String, _ type: String, _ target: String) -> String {
            "<Relationship Id=\"\(id)\" Type=\"\(WorkbookFixture.rel)/\(type)\" Target=\"\(target)\"/>"
        }
        // Sheets that are the workbook itself and the package's relationships; shared strings
        // that are the sheet; styles that are the workbook; the sheet's own relationships
        // pointing back at the workbook and at itself.
        entries[rels] = .init(
            "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"\(WorkbookFixture.pkg)\">"
                + relationship("rId1", "worksheet", "worksheets/sheet1.xml") + relationship("rId2", "worksheet", "workbook.xml")
                + relationship("rId3", "worksheet", "../_rels/.rels") + relationship("rId4", "sharedStrings", "worksheets/sheet1.xml")
                + relationship("rId5", "styles", "workbook.xml") + "</Relationships>")
        entries[2] = .init(
            "xl/workbook.xml",
            "<workbook xmlns=\"\(WorkbookFixture.main)\" xmlns:r=\"\(WorkbookFixture.rel)\"><sheets>"
                + "<sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Selv\" sheetId=\"2\" r:id=\"rId2\"/>"
                + "<sheet name=\"Rels\" sheetId=\"3\" r:id=\"rId3\"/></sheets></workbook>")
        entries.append(
            .init(
                "xl/worksheets/_rels/sheet1.xml.rels",
                "<Relationships xmlns=\"\(WorkbookFixture.pkg)\">"
                    + relationship("rId1", "officeDocument", "../workbook.xml") + relationship("rId2", "worksheet", "sheet1.xml") + "</Relationships>"))
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        #expect(workbook.sheets.map(\.name) == ["Ark1", "Selv", "Rels"])
        let ark1 = try workbook.readSheet(at: 0)
        // The "shared strings" part is a worksheet: no <si>, so the t="s" cell has no value (as the oracle reads it).
        #expect(ark1.rows == [Row(index: 0, cells: [Cell(column: 0, value: .integer(7))])])
        #expect(try workbook.readSheet(at: 1).rows.isEmpty)
        #expect(try workbook.readSheet(at: 2).rows.isEmpty)
    }

    @Test("duplicate sheet names: every sheet is listed and read by its index; a name finds the first")
    func duplicateSheetNames() throws {
        let names = ["Budget", "Budget", "BUDGET", "budget "]
        let fixture = WorkbookFixture(
            sheets: names.enumerated().map { index, name in
                .init(name: name, xml: WorkbookFixture.worksheet("<row r=\"1\"><c r=\"A1\"><v>\(index + 1)</v></c></row>"))
            })
        let workbook = try fixture.open()
        #expect(workbook.sheets.map(\.name) == names)
        #expect(try workbook.sheets.map { try workbook.readSheet(at: $0.index)["A1"] } == [.integer(1), .integer(2), .integer(3), .integer(4)])
        #expect(workbook.sheet(named: "Budget")?.index == 0)
        #expect(workbook.sheet(named: "BUDGET")?.index == 2)
        #expect(workbook.sheet(named: "budget")?.index == 0)
        #expect(try workbook.readSheet(named: "budget ")["A1"] == .integer(4))
    }
}

/// CRC-32 (IEEE), for tests that need an entry's real checksum.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
