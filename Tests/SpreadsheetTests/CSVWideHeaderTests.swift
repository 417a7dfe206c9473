import Foundation
import Testing

@testable import Spreadsheet

/// Dialect detection sees whole lines (issue 18): a first line longer than the 64 KiB
/// sample grows the sample; a file read one field per line while its first line holds a
/// delimiter says so in a warning.
@Suite("CSV: wide headers and one field per line")
struct CSVWideHeaderTests {
    /// A header of 4,000 columns (about 79 KB) and two data rows.
    static func wide(_ delimiter: String = ";") -> [UInt8] {
        let header = (0..<4_000).map { "Kolonne nummer \($0)" }.joined(separator: delimiter)
        let row = (0..<4_000).map { "\($0)" }.joined(separator: delimiter)
        return Array((header + "\r\n" + row + "\r\n" + row + "\r\n").utf8)
    }

    @Test("a 79 KB header of 4,000 columns: delimiter found, in memory and from a file", arguments: [";", ",", "\t"])
    func wideHeader(delimiter: String) throws {
        let bytes = CSVWideHeaderTests.wide(delimiter)
        #expect(bytes.firstIndex(of: 13)! > 64 << 10)
        let path = NSTemporaryDirectory() + "plansheet-wide-\(UUID().uuidString).csv"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for reader in [try CSVReader(bytes: bytes), try CSVReader(path: path)] {
            #expect(reader.dialect.delimiter == Unicode.Scalar(delimiter))
            #expect(reader.detection.delimiterSource == .sample)
            #expect(reader.detection.warnings.isEmpty)
            #expect(reader.detection.sampleByteCount > 64 << 10)
            let grid = try reader.readGrid()
            #expect(grid.rows.count == 3)
            #expect(grid.rows[0].cells.count == 4_000)
            #expect(grid["A1"] == .string("Kolonne nummer 0"))
        }
    }

    @Test("the sample grows no further than maxSampleBytes; then the one-field reading is a warning")
    func sampleLimit() throws {
        var options = CSVReadOptions()
        options.maxSampleBytes = 64 << 10
        let reader = try CSVReader(bytes: CSVWideHeaderTests.wide(), options: options)
        #expect(reader.detection.sampleByteCount == 64 << 10)
        #expect(reader.detection.delimiterSource == .fallback)
        let warning = try #require(reader.detection.warnings.first)
        #expect(warning.kind == .oneFieldPerLine(delimiter: ";", count: 3_332))
        #expect(warning.line == 1)
        #expect(warning.description.contains("one field"))
        #expect(warning.danishDescription.contains("ét felt"))
    }

    @Test("a first line with delimiters over lines without: read as one field per line, with a warning")
    func headerSuggestsDelimiter() throws {
        let bytes = Array("Aktivitet;2013;2014;2015\nIndbrud\nHærværk\nTyveri\n".utf8)
        let reader = try CSVReader(bytes: bytes)
        #expect(reader.detection.delimiterSource == .fallback)
        #expect(reader.detection.warnings == [CSVWarning(.oneFieldPerLine(delimiter: ";", count: 3), line: 1)])
    }

    @Test("a genuine single-column file has no warning")
    func singleColumn() throws {
        let reader = try CSVReader(bytes: Array("Navn\nIndbrud\nHærværk\n".utf8))
        #expect(reader.detection.warnings.isEmpty)
    }
}
