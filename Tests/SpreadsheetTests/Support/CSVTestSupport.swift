import Foundation
import Testing

@testable import Spreadsheet

/// The byte forms every CSV test case is tried in.
enum CSVTestEncoding: String, CaseIterable, CustomTestStringConvertible {
    case utf8, utf8BOM, utf16LE, utf16BE, windows1252

    var testDescription: String { rawValue }

    /// The text in this encoding (Foundation's encoders, independent of the reader), or nil
    /// when the encoding cannot hold it.
    func encode(_ text: String) -> [UInt8]? {
        switch self {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE: return text.data(using: .utf16LittleEndian).map { [0xFF, 0xFE] + [UInt8]($0) }
        case .utf16BE: return text.data(using: .utf16BigEndian).map { [0xFE, 0xFF] + [UInt8]($0) }
        case .windows1252: return text.data(using: .windowsCP1252, allowLossyConversion: false).map { [UInt8]($0) }
        }
    }

    /// What the reader should report.
    var expectedEncoding: CSVEncoding {
        switch self {
        case .utf8, .utf8BOM: return .utf8
        case .utf16LE: return .utf16LittleEndian
        case .utf16BE: return .utf16BigEndian
        case .windows1252: return .windows1252
        }
    }

    var expectedName: String {
        switch self {
        case .utf8: return "utf-8"
        case .utf8BOM: return "utf-8-sig"
        case .utf16LE: return "utf-16-le"
        case .utf16BE: return "utf-16-be"
        case .windows1252: return "windows-1252"
        }
    }
}

/// Rows as dense string arrays (empty string for a missing cell), in row-index order with
/// blank rows included, for easy comparison.
struct ReadResult {
    var rows: [[String]]
    var summary: CSVReadSummary
    var dialect: CSVDialect
}

enum CSVTest {
    static func read(_ bytes: [UInt8], options: CSVReadOptions = CSVReadOptions()) throws -> ReadResult {
        let reader = try CSVReader(bytes: bytes, options: options)
        var rows: [[String]] = []
        let summary = try reader.forEachRow { row in
            #expect(row.index == rows.count, "rows arrive in order with consecutive indices")
            var dense: [String] = []
            for cell in row.cells {
                while dense.count < cell.column { dense.append("") }
                dense.append(cell.value.description)
            }
            rows.append(dense)
        }
        return ReadResult(rows: rows, summary: summary, dialect: reader.dialect)
    }

    /// Rows as the reader gives them: trailing empty fields are not cells.
    static func trimmed(_ rows: [[String]]) -> [[String]] {
        rows.map { row in
            var row = row
            while let last = row.last, last.isEmpty { row.removeLast() }
            return row
        }
    }

    /// The CSV fixtures of this target.
    static var fixtures: String { TestEnvironment.path("Tests/SpreadsheetTests/Fixtures/csv") }
}
