import Foundation
import Testing

@testable import Spreadsheet

/// Hostile and broken input: XML entity bombs and external entities, zip bombs,
/// malformed XML, invalid references, and files that only look like workbooks.
@Suite("XLSX reader: safety and typed errors")
struct XLSXReaderSafetyTests {
    static let billionLaughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">\
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        """

    static let externalEntity = """
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        """

    static let main = WorkbookFixture.main

    static func error(_ body: () throws -> Void) -> XLSXError? {
        do {
            try body()
            return nil
        } catch let error as XLSXError {
            return error
        } catch {
            Issue.record("not an XLSXError: \(error)")
            return nil
        }
    }

    @Test("a billion-laughs bomb in shared strings is refused at the declaration")
    func billionLaughsInSharedStrings() throws {
        var fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
        fixture.sharedStrings = XLSXReaderSafetyTests.billionLaughs + "<sst xmlns=\"\(XLSXReaderSafetyTests.main)\"><si><t>&lol9;</t></si></sst>"
        let error = XLSXReaderSafetyTests.error { _ = try fixture.open() }
        #expect(error?.kind == .forbiddenDTD)
        #expect(error?.part == "xl/sharedStrings.xml")
        #expect(error?.line == 1)
    }

    @Test("a billion-laughs bomb in a sheet is refused")
    func billionLaughsInSheet() throws {
        let fixture = WorkbookFixture(sheets: [
            .init(
                name: "Bomb",
                xml: XLSXReaderSafetyTests.billionLaughs
                    + "<worksheet xmlns=\"\(XLSXReaderSafetyTests.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
            )
        ])
        let workbook = try fixture.open()
        let error = XLSXReaderSafetyTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .forbiddenDTD)
        #expect(error?.sheet == "Bomb")
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test("an external entity (XXE) is never resolved, in shared strings or in a sheet")
    func externalEntities() throws {
        var strings = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
        strings.sharedStrings = XLSXReaderSafetyTests.externalEntity + "<sst xmlns=\"\(XLSXReaderSafetyTests.main)\"><si><t>&xxe;</t></si></sst>"
        #expect(XLSXReaderSafetyTests.error { _ = try strings.open() }?.kind == .forbiddenDTD)

        let sheet = WorkbookFixture(sheets: [
            .init(
                name: "XXE",
                xml: XLSXReaderSafetyTests.externalEntity
                    + "<worksheet xmlns=\"\(XLSXReaderSafetyTests.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"
            )
        ])
        let workbook = try sheet.open()
        #expect(XLSXReaderSafetyTests.error { _ = try workbook.readSheet(at: 0) }?.kind == .forbiddenDTD)

        // A parameter entity pulling in a file is refused too.
        var parameter = WorkbookFixture(rows: "")
        parameter.sharedStrings = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\
            <sst xmlns="\(XLSXReaderSafetyTests.main)"><si><t>x</t></si></sst>
            """
        #expect(XLSXReaderSafetyTests.error { _ = try parameter.open() }?.kind == .forbiddenDTD)

        // An external DTD is not loaded, and an undeclared entity is an error, not a lookup.
        let external = WorkbookFixture(sheets: [
            .init(
                name: "DTD",
                xml:
                    "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\"><worksheet xmlns=\"\(XLSXReaderSafetyTests.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>safe</t></is></c></row></sheetData></worksheet>"
            )
        ])
        let grid = try external.grid()
        #expect(grid["A1"] == .string("safe"))
        #expect(!grid.rows.flatMap(\.cells).contains { ($0.value.stringValue ?? "").contains("root:") })
    }

    @Test("zip limits: each one, set small, stops the read with its own error")
    func zipLimits() throws {
        let rows = (1...2000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>0</v></c></row>" }.joined()
        let fixture = WorkbookFixture(rows: rows)
        func kind(_ limits: ZipLimits) -> XLSXError.Kind? {
            XLSXReaderSafetyTests.error {
                let workbook = try fixture.open(XLSXReadOptions(limits: limits))
                _ = try workbook.readSheet(at: 0)
            }?.kind
        }
        #expect(kind(ZipLimits()) == nil)
        #expect(kind(ZipLimits(maxEntries: 3)) == .limitExceeded(.entryCount))
        #expect(kind(ZipLimits(maxUncompressedEntrySize: 10_000)) == .limitExceeded(.entrySize))
        #expect(kind(ZipLimits(maxTotalUncompressedSize: 20_000)) == .limitExceeded(.totalSize))
        #expect(kind(ZipLimits(maxCompressionRatio: 3, ratioGraceSize: 1_000)) == .limitExceeded(.compressionRatio))
        let error = XLSXReaderSafetyTests.error { _ = try fixture.open(XLSXReadOptions(limits: ZipLimits(maxEntries: 3))) }
        #expect(error?.description.contains("zip bomb") == true)
    }

    @Test("sizes are checked while inflating: a forged small size in the zip directory does not get through")
    func forgedSizes() throws {
        let rows = (1...3000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>0</v></c></row>" }.joined()
        let honest = WorkbookFixture(rows: rows).bytes
        let forged = ZipPatcher.settingUncompressedSize(of: "xl/worksheets/sheet1.xml", to: 900, in: honest)
        #expect(forged != honest)
        let workbook = try XLSXWorkbook(bytes: forged, options: XLSXReadOptions(limits: ZipLimits(maxUncompressedEntrySize: 5_000)))
        let error = XLSXReaderSafetyTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .limitExceeded(.entrySize))
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test("a CRC mismatch is an error by default, and tolerated on request")
    func checksums() throws {
        let bytes = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>").bytes
        let damaged = ZipPatcher.corruptingCRC(of: "xl/worksheets/sheet1.xml", in: bytes)
        let workbook = try XLSXWorkbook(bytes: damaged)
        let error = XLSXReaderSafetyTests.error { _ = try workbook.readSheet(at: 0) }
        #expect(error?.kind == .checksumMismatch)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        let tolerant = try XLSXWorkbook(bytes: damaged, options: XLSXReadOptions(verifiesChecksums: false))
        #expect(try tolerant.readSheet(at: 0)["A1"] == .integer(7))
    }

    @Test("malformed XML gives part, line and column")
    func malformed() throws {
        let fixture = WorkbookFixture(sheets: [
            .init(
                name: "Broken",
                xml: "<worksheet xmlns=\"\(XLSXReaderSafetyTests.main)\">\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></x></row>")
        ])
        let error = XLSXReaderSafetyTests.error { _ = try fixture.open().readSheet(at: 0) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.sheet == "Broken")
        #expect(error?.line == 3)
        #expect(error?.column == 34)
        #expect(error?.description.contains("line 3, column 34") == true)
        #expect(error?.danishDescription.contains("linje 3, kolonne 34") == true)

        var truncated = WorkbookFixture(rows: "")
        truncated.sharedStrings = "<sst xmlns=\"\(XLSXReaderSafetyTests.main)\"><si><t>cut off"
        let cut = XLSXReaderSafetyTests.error { _ = try truncated.open() }
        #expect(cut?.kind == .malformedXML)
        #expect(cut?.part == "xl/sharedStrings.xml")
    }

    @Test("an invalid cell reference is named, with sheet, part and line")
    func invalidReference() throws {
        let fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"1A\"><v>2</v></c></row>")
        let error = XLSXReaderSafetyTests.error { _ = try fixture.grid() }
        #expect(error?.kind == .invalidCellReference)
        #expect(error?.reference == "1A")
        #expect(error?.cell == nil)
        #expect(error?.sheet == "Sheet1")
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.line == 3)
        for bad in ["XFE1", "A1048577", "ABCD1", "A1B"] {
            let e = XLSXReaderSafetyTests.error {
                _ = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"\(bad)\"><v>1</v></c></row>").grid()
            }
            #expect(e?.kind == .invalidCellReference && e?.reference == bad, "\(bad)")
        }
    }

    @Test(
        "files that are not XLSX say what they are",
        arguments: [
            ([UInt8](), XLSXError.Kind.emptyFile),
            (Array("not a zip at all, just text".utf8), .notAZip),
            (ZipPatcher.compoundDocument(holding: "EncryptionInfo", "EncryptedPackage"), .encryptedWorkbook),
            (ZipPatcher.compoundDocument(holding: "Workbook", "SummaryInformation"), .legacyXLS),
            (ZipPatcher.compoundDocument(holding: "Book"), .legacyXLS),
            (ZipPatcher.compoundDocument(holding: "WordDocument"), .compoundDocument),
        ])
    func notWorkbooks(bytes: [UInt8], kind: XLSXError.Kind) throws {
        #expect(XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: bytes) }?.kind == kind)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(path: url.path) }
        #expect(error?.kind == kind)
        #expect(error?.file == url.path)
    }

    @Test("OpenDocument, Excel 2007 beta, .xlsb, duplicate part names, missing workbook")
    func otherPackages() throws {
        let ods = ZipBuilder.archive([
            .init("mimetype", "application/vnd.oasis.opendocument.spreadsheet", deflate: false),
            .init("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
        ])
        #expect(XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: ods) }?.kind == .openDocument)

        var beta = WorkbookFixture(rows: "").entries
        beta[2] = .init("xl/workbook.xml", "<workbook xmlns=\"http://schemas.microsoft.com/office/excel/2006/2\"><sheets/></workbook>")
        let betaError = XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: ZipBuilder.archive(beta)) }
        #expect(betaError?.kind == .unsupportedFormat)
        #expect(betaError?.detail?.contains("2007 beta") == true)

        let xlsb = ZipBuilder.archive([
            .init(
                "_rels/.rels",
                "<Relationships xmlns=\"\(WorkbookFixture.pkg)\"><Relationship Id=\"r\" Type=\"\(WorkbookFixture.rel)/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"
            ),
            .init("xl/workbook.bin", bytes: [0, 1, 2]),
        ])
        #expect(XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: xlsb) }?.kind == .unsupportedFormat)

        var duplicate = WorkbookFixture(rows: "").entries
        duplicate.append(.init("XL/Worksheets/Sheet1.xml", "<worksheet/>"))
        let duplicateError = XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: ZipBuilder.archive(duplicate)) }
        #expect(duplicateError?.kind == .invalidPackage)

        let empty = ZipBuilder.archive([.init("readme.txt", "hello")])
        let missing = XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: empty) }
        #expect(missing?.kind == .missingPart)
        #expect(missing?.part == "xl/workbook.xml")

        let truncatedZip = Array(WorkbookFixture(rows: "").bytes.dropLast(30))
        let corrupt = XLSXReaderSafetyTests.error { _ = try XLSXWorkbook(bytes: truncatedZip) }
        #expect(corrupt?.kind == .notAZip || corrupt?.kind == .corruptZip)
    }
}
