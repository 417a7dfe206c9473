import Foundation
import Testing

@testable import Spreadsheet

/// The shared-string table tells texts apart by their bytes: canonically equivalent texts
/// (which Swift's `==` calls equal) are different texts in a cell and must come back as written.
@Suite("XLSX writer: shared strings by bytes")
struct XLSXWriterSharedStringBytesTests {
    static let composed = "Café \u{E9}"  // é as one scalar
    static let decomposed = "Café e\u{301}"  // e + combining acute

    @Test("the table keeps canonically equivalent texts apart and finds equal ones")
    func table() {
        #expect(XLSXWriterSharedStringBytesTests.composed == XLSXWriterSharedStringBytesTests.decomposed)  // Swift's view
        let table = SharedStringTableBuilder()
        let a = table.index(of: XLSXWriterSharedStringBytesTests.composed)
        let b = table.index(of: XLSXWriterSharedStringBytesTests.decomposed)
        let c = table.index(of: String(XLSXWriterSharedStringBytesTests.composed.unicodeScalars.map(Character.init)))
        let d = table.index(of: "")
        let e = table.index(of: "")
        #expect(a != b)
        #expect(c == a)
        #expect(d == e && d != a && d != b)
        #expect(table.strings.count == 3)
        #expect(table.referenceCount == 5)
    }

    @Test("both spellings read back exactly, scalar for scalar")
    func roundTrip() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nfc.xlsx").path
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("Ark")
        try sheet.appendRow(values: [
            .string(XLSXWriterSharedStringBytesTests.composed),
            .string(XLSXWriterSharedStringBytesTests.decomposed),
            .string(XLSXWriterSharedStringBytesTests.composed),
        ])
        try writer.close()
        let row = try #require(try XLSXWorkbook(path: path).readSheet(at: 0).rows.first)
        let texts = row.cells.map { Array(($0.value.stringValue ?? "").unicodeScalars) }
        #expect(
            texts == [
                Array(XLSXWriterSharedStringBytesTests.composed.unicodeScalars),
                Array(XLSXWriterSharedStringBytesTests.decomposed.unicodeScalars),
                Array(XLSXWriterSharedStringBytesTests.composed.unicodeScalars),
            ])
    }
}
