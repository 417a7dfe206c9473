import Foundation
import Testing
@testable import Spreadsheet

/// Paths and helpers the XLSX writer tests share.
enum WriterTestSupport {
    /// The package root, found from this file's location.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` next to the package root (read in place, never copied).
    static let sharedFolder: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the tests run in CI, where missing tools are failures rather than skips.
    static let isCI: Bool = ProcessInfo.processInfo.environment["CI"] == "true"

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

    /// Runs a program and returns its exit status and combined output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        if let input {
            let inputPipe = Pipe()
            process.standardInput = inputPipe
            try process.run()
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The path of an executable on `PATH`, if any.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether python3 with openpyxl is available.
    static let hasOpenpyxl: Bool = {
        guard let python = which("python3") else { return false }
        return (try? run(python, ["-c", "import openpyxl"]).status) == 0
    }()

    /// The entries of a zip file, as `unzip -Z1`-like names, read with Python's zipfile.
    static func zipEntryNames(_ file: URL) throws -> [String] {
        let script = "import zipfile,sys,json; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))"
        let result = try run(which("python3") ?? "/usr/bin/python3", ["-c", script, file.path])
        return try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
    }

    /// The text of one zip entry.
    static func zipEntry(_ file: URL, _ name: String) throws -> String {
        let script = "import zipfile,sys; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"
        let result = try run(which("python3") ?? "/usr/bin/python3", ["-c", script, file.path, name])
        return result.output
    }
}
