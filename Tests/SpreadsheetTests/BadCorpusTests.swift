import Foundation
import Testing

@testable import Spreadsheet

/// Every negative case of the shared corpus gives the typed error its README
/// asks for, or the tolerant read it allows; never a crash, hang or runaway memory.
@Suite("Corpus: bad files", .enabled(if: SharedCorpus.shouldRun, SharedCorpus.missingMessage))
struct BadCorpusTests {
    static func path(_ name: String) -> String { SharedCorpus.badFolder.appendingPathComponent(name).path }

    /// Opens `name` and reads every sheet; the error, if any.
    static func readAll(_ name: String, options: XLSXReadOptions = XLSXReadOptions()) -> XLSXError? {
        do {
            let workbook = try XLSXWorkbook(path: path(name), options: options)
            for sheet in workbook.sheets { _ = try workbook.readSheet(at: sheet.index) }
            return nil
        } catch {
            return error
        }
    }

    @Test("every bad file is covered by a test below")
    func everyFileCovered() {
        let covered: Set<String> = Set(BadCorpusTests.expectedErrors.map(\.0)).union(BadCorpusTests.tolerated)
        #expect(Set(SharedCorpus.badNames).subtracting(covered).isEmpty)
    }

    static let tolerated: Set<String> = [
        "closedxml__SheetsWithoutRelId.xlsx", "excelize__BadWorkbook.xlsx", "exceljs__test-row-styles.xlsx",
        "poi__poc-shared-strings.xlsx", "tealeg__badfile_noWorksheets.xlsx",
    ]

    static let expectedErrors: [(String, XLSXError.Kind)] = [
        ("calamine__issue252.xlsx", .checksumMismatch),
        ("calamine__pass_protected.xlsx", .encryptedWorkbook),
        ("exceldatareader__agile_AES128_SHA1_CBC_pwd_password.xlsx", .encryptedWorkbook),
        ("exceldatareader__standard_AES128_SHA1_ECB_pwd_password.xlsx", .encryptedWorkbook),
        ("roo__type_excel.xlsx", .legacyXLS),
        ("roo__type_openoffice.xlsx", .openDocument),
        ("pycalamine__empty_file.xlsx", .emptyFile),
        ("closedxml__owner-lock-file.xlsx", .notAZip),
        ("exceldatareader__EmptyZipFile.xlsx", .missingPart),
        ("poi__crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx", .corruptZip),
        // Starts with a zip entry header but has no zip directory: a damaged (cut-off) zip.
        ("poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx", .corruptZip),
        ("poi__poc-xmlbomb.xlsx", .forbiddenDTD),
        ("poi__54764.xlsx", .forbiddenDTD),
        ("exceljs__invalid-xml.xlsx", .malformedXML),
        ("poi__sample-beta.xlsx", .unsupportedFormat),
        ("poi__duplicate-filename-case-insensitive.xlsx", .invalidPackage),
    ]

    @Test("gives the specific typed error", arguments: BadCorpusTests.expectedErrors)
    func typedError(name: String, kind: XLSXError.Kind) throws {
        let error = try #require(BadCorpusTests.readAll(name), "\(name) was read without error")
        #expect(error.kind == kind, "\(name): \(error)")
        #expect(error.file == BadCorpusTests.path(name))
        #expect(!error.description.isEmpty && !error.danishDescription.isEmpty)
    }

    @Test("entity bombs name the part and line of the declaration")
    func bombLocation() throws {
        let error = try #require(BadCorpusTests.readAll("poi__poc-xmlbomb.xlsx"))
        #expect(error.part == "xl/sharedStrings.xml")
        #expect(error.line != nil)
    }

    @Test("malformed XML says part, line and column")
    func malformedLocation() throws {
        let error = try #require(BadCorpusTests.readAll("exceljs__invalid-xml.xlsx"))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.sheet == "Sheet1")
        #expect(error.line == 2)
        #expect(error.column != nil)
    }

    @Test("a checksum mismatch names the damaged part; with checks off the damaged XML is reported instead")
    func checksum() throws {
        let error = try #require(BadCorpusTests.readAll("calamine__issue252.xlsx"))
        #expect(error.part == "xl/_rels/workbook.xml.rels")
        // The inflated bytes really are damaged, so even a tolerant read cannot use them.
        let tolerant = try #require(
            BadCorpusTests.readAll(
                "calamine__issue252.xlsx", options: XLSXReadOptions(verifiesChecksums: false)))
        #expect(tolerant.kind == .malformedXML)
        #expect(tolerant.part == "xl/_rels/workbook.xml.rels")
    }

    @Test("sheets without a relationship are listed, as empty sheets of unknown kind")
    func sheetsWithoutRelationship() throws {
        let workbook = try XLSXWorkbook(path: BadCorpusTests.path("closedxml__SheetsWithoutRelId.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["Sheet1", "Sheet without relId", "Pivot Sheet without relId"])
        #expect(workbook.sheets.map(\.kind) == [.worksheet, .other(""), .other("")])
        #expect(try workbook.readSheet(at: 0)["A1"] == .string("Sheet1"))
        #expect(try workbook.readSheet(at: 1).rows.isEmpty)
    }

    @Test("a workbook with an empty sheet list has zero sheets")
    func noSheets() throws {
        let workbook = try XLSXWorkbook(path: BadCorpusTests.path("excelize__BadWorkbook.xlsx"))
        #expect(workbook.sheets.isEmpty)
    }

    @Test("an unknown sheet state reads as visible, and the cells are all there")
    func unknownState() throws {
        let workbook = try XLSXWorkbook(path: BadCorpusTests.path("exceljs__test-row-styles.xlsx"))
        #expect(workbook.sheets.allSatisfy { $0.state == .visible })
        var cells = 0
        for sheet in workbook.sheets {
            cells += try workbook.readSheet(at: sheet.index).rows.reduce(0) { $0 + $1.cells.filter { !$0.value.isEmpty }.count }
        }
        #expect(cells == 1102)
    }

    @Test("a listed sheet whose part is absent fails with missingPart naming it")
    func missingSheetPart() throws {
        let workbook = try XLSXWorkbook(path: BadCorpusTests.path("tealeg__badfile_noWorksheets.xlsx"))
        #expect(workbook.sheets.first?.name == "Tabelle1")
        let error = #expect(throws: XLSXError.self) { try workbook.readSheet(at: 0) }
        #expect(error?.kind == .missingPart)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test("12,000 cells pointing at one 1 MB shared string share its storage")
    func sharedStringAmplification() throws {
        let workbook = try XLSXWorkbook(path: BadCorpusTests.path("poi__poc-shared-strings.xlsx"))
        let index = try #require(workbook.sheet(named: "Tabelle1")).index
        var count = 0
        var storages = Set<UInt>()
        var totalLength = 0
        try workbook.forEachRow(inSheet: index) { row in
            for cell in row.cells {
                guard case .string(var text) = cell.value else { continue }
                count += 1
                totalLength += text.utf8.count
                _ = text.withUTF8 { storages.insert(UInt(bitPattern: $0.baseAddress)) }
            }
        }
        #expect(count == 12_000)
        #expect(totalLength > 12_000 * 1_000_000)  // what a naive reader would have to allocate
        #expect(storages.count <= 2)  // ...but the cells share the table's strings
    }
}
