import Foundation
import PlanSheetsTestSupport
import Testing

@testable import Spreadsheet

/// Every error of the spreadsheet layer names its place with the same fields: `file`,
/// `sheet`, `cell` (a ``CellAddress``, never A1 text), `line`, `column`.
@Suite("Errors: one naming of locations")
struct ErrorLocationTests {
    /// The names and types, pinned at compile time: renaming a field or making `cell`
    /// text again breaks this test's build.
    @Test("the location fields have the same names and types in every error")
    func vocabulary() {
        let _: KeyPath<XLSXError, String?> = \.file
        let _: KeyPath<XLSXError, String?> = \.sheet
        let _: KeyPath<XLSXError, CellAddress?> = \.cell
        let _: KeyPath<XLSXError, Int?> = \.line
        let _: KeyPath<XLSXError, Int?> = \.column
        let _: KeyPath<XLSXWriteError, String?> = \.file
        let _: KeyPath<XLSXWriteError, String?> = \.sheet
        let _: KeyPath<XLSXWriteError, CellAddress?> = \.cell
        let _: KeyPath<CSVError, String?> = \.file
        let _: KeyPath<CSVError, CellAddress?> = \.cell
        let _: KeyPath<CSVError, Int?> = \.line
        let _: KeyPath<CSVError, Int?> = \.column
        let _: KeyPath<FileIOError, String> = \.file
    }

    @Test("an XLSX read error, a CSV read error and an XLSX write error at B4 all say file and cell B4")
    func sameCellEverywhere() throws {
        let folder = try TemporaryFolder()
        let b4 = try #require(CellAddress("B4"))

        // Reading: a shared formula whose copies pass the limit at the third copy, B4.
        let master = "A1+A2+A3+A4+A5"  // 14 bytes a copy: 14, 28, 42 > 40
        var rows = "<row r=\"1\"><c r=\"B1\"><f t=\"shared\" ref=\"B1:B6\" si=\"0\">\(master)</f><v>1</v></c></row>"
        for row in 2...6 { rows += "<row r=\"\(row)\"><c r=\"B\(row)\"><f t=\"shared\" si=\"0\"/><v>\(row)</v></c></row>" }
        let xlsxPath = try folder.write("formler.xlsx", WorkbookFixture(rows: rows).bytes)
        let workbook = try XLSXWorkbook(path: xlsxPath, options: XLSXReadOptions(limits: ZipLimits(maxSharedFormulaText: 40)))
        let read = #expect(throws: XLSXError.self) { _ = try workbook.readSheet(at: 0) }
        #expect(read?.kind == .limitExceeded(.sharedFormulaText))
        #expect(read?.file == xlsxPath)
        #expect(read?.sheet == "Sheet1")
        #expect(read?.cell == b4)
        #expect(read?.description.contains("cell B4") == true)

        // CSV: bytes that are not UTF-8 in the second field of the fourth line.
        let csvBytes = [0xEF, 0xBB, 0xBF] + Array("a;b\nc;d\ne;f\ng;K".utf8) + [0xF8] + Array("ge\n".utf8)
        let csvPath = try folder.write("tekst.csv", csvBytes)
        let csv = #expect(throws: CSVError.self) {
            _ = try CSVReader(path: csvPath, options: CSVReaderTests.forced).forEachRow { _ in }
        }
        #expect(csv?.kind == .invalidUTF8)
        #expect(csv?.file == csvPath)
        #expect(csv?.cell == b4)
        #expect(csv?.line == 4)
        #expect(csv?.description.contains("cell B4") == true)

        // Writing: a text too long for a cell, at B4.
        let outPath = folder.file("ud.xlsx")
        let writer = try XLSXWriter(path: outPath)
        defer { writer.discard() }
        let sheet = try writer.addSheet("Budget")
        let write = #expect(throws: XLSXWriteError.self) {
            try sheet.appendRow([WriteCell(1, .string(String(repeating: "x", count: 40_000)))], at: 3)
        }
        #expect(write?.file == outPath)
        #expect(write?.sheet == "Budget")
        #expect(write?.cell == b4)
    }

    @Test("a reference that is no cell address is kept as written, and the message is unchanged")
    func invalidReference() throws {
        let fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>")
        let error = #expect(throws: XLSXError.self) { _ = try fixture.grid() }
        #expect(error?.kind == .invalidCellReference)
        #expect(error?.cell == nil)
        #expect(error?.reference == "1A")
        #expect(error?.description.contains("cell 1A: invalid cell reference.") == true)
        #expect(error?.danishDescription.contains("celle 1A: ugyldig cellereference.") == true)
    }

    @Test("a failed system call names the file")
    func fileIO() {
        let error = #expect(throws: FileIOError.self) { _ = try ReadableFile(path: "/nonexistent-plansheets/x.csv") }
        #expect(error?.file == "/nonexistent-plansheets/x.csv")
        #expect(error?.operation == .open)
    }
}
