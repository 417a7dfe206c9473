import Foundation
import Testing

@testable import Spreadsheet

/// Paths and helpers the XLSX writer tests share.
enum WriterTestSupport {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: TestEnvironment.packageRoot)

    /// `../shared` next to the package root (read in place, never copied).
    static let sharedFolder = URL(fileURLWithPath: TestEnvironment.sharedFolder)

    /// A fresh empty folder for one test.
    static func makeTemporaryFolder(_ label: String = #function) throws -> URL {
        let name = "plansheets-writer-" + label.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString.prefix(8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(String(name))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The file names in `folder`, hidden ones included, sorted.
    static func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Runs a program and returns its exit status and its output with its errors mixed in.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> ProcessOutput {
        try Subprocess.run(executable, arguments, input: input, separateErrors: false)
    }

    /// Whether python3 with openpyxl is available.
    static var hasOpenpyxl: Bool { TestEnvironment.pythonWithOpenpyxl != nil }

    /// The entries of a zip file, as `unzip -Z1`-like names, read with Python's zipfile.
    static func zipEntryNames(_ file: URL) throws -> [String] {
        let script = "import zipfile,sys,json; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))"
        let result = try run(TestEnvironment.python ?? "/usr/bin/python3", ["-c", script, file.path])
        return try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
    }

    /// The text of one zip entry.
    static func zipEntry(_ file: URL, _ name: String) throws -> String {
        let script = "import zipfile,sys; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"
        let result = try run(TestEnvironment.python ?? "/usr/bin/python3", ["-c", script, file.path, name])
        return result.output
    }
}
