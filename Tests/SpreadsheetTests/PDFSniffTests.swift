import Foundation
import Testing

@testable import Spreadsheet

/// A sheet saved or printed as PDF and handed in instead of the sheet: both readers say it
/// is a PDF, whatever the file is called.
@Suite("PDF documents are named as such")
struct PDFSniffTests {
    static let pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)

    @Test("the XLSX reader: from memory and from a file named .xlsx")
    func workbookReader() throws {
        do {
            _ = try XLSXWorkbook(bytes: Self.pdf)
            Issue.record("a PDF was opened as a workbook")
        } catch {
            #expect(error.kind == .pdfDocument)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("budget-\(UUID().uuidString).xlsx")
        try Data(Self.pdf).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try XLSXWorkbook(path: url.path)
            Issue.record("a PDF was opened as a workbook")
        } catch {
            #expect(error.kind == .pdfDocument)
            #expect(error.description.contains("this is a PDF document, not a spreadsheet"))
            #expect(error.danishDescription.contains("dette er et PDF-dokument, ikke et regneark"))
        }
    }

    @Test("the CSV reader refuses it as not text")
    func csvReader() throws {
        #expect(throws: CSVError(.notText(.pdf), line: 1, column: 1)) {
            _ = try CSVReader(bytes: Self.pdf)
        }
        do {
            _ = try CSVReader(bytes: Self.pdf)
        } catch {
            #expect(error.description.contains("this is not CSV text but a PDF document"))
            #expect(error.danishDescription.contains("ikke CSV-tekst, men et PDF-dokument"))
        }
        // Text that merely mentions PDF is CSV.
        #expect(try CSVReader(bytes: Array("PDF;Beløb\r\nA;1\r\n".utf8)).readGrid().rows.count == 2)
    }
}
