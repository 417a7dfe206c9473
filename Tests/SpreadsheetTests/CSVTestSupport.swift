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

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The full path of an executable on PATH, if any.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program; returns its exit status, standard output and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil, directory: String? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        // Output goes to files, so a chatty program can never block on a full pipe.
        let folder = try TemporaryFolder()
        let outPath = folder.file("stdout"), errPath = folder.file("stderr"), inPath = folder.file("stdin")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let inp = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try inp.close()
        let output = try Data(contentsOf: URL(fileURLWithPath: outPath))
        let errorText = try Data(contentsOf: URL(fileURLWithPath: errPath))
        return (process.terminationStatus, output, String(decoding: errorText, as: UTF8.self))
    }

    /// The folder of this test file.
    static func testsFolder(_ filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().path
    }

    static var fixtures: String { testsFolder() + "/Fixtures/csv" }
}

/// A fresh temporary folder, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/plansheets-csv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

/// A seeded random number generator (SplitMix64), so property tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
