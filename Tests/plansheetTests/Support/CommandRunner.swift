import Foundation
import Testing

/// Runs the built `plansheet` binary.
enum CommandRunner {
    /// The package root (three folders above this file's folder).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Whether CI=true: then a missing shared folder fails a test instead of skipping it.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The built binary: next to the test bundle, or in `.build/debug`.
    static let binary: String? = {
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first)
            for _ in 0..<3 {
                url.deleteLastPathComponent()
                candidates.append(url.path + "/plansheet")
            }
        }
        candidates.append(root + "/.build/debug/plansheet")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The outcome of a run.
    struct Result {
        var status: Int32
        /// Standard output as bytes.
        var outputData: Data
        var error: String

        /// Standard output as text.
        var output: String { String(decoding: outputData, as: UTF8.self) }
    }

    /// Runs `plansheet` with `arguments` in the package root; `environment` entries replace
    /// the inherited ones (a `nil` value removes the variable).
    static func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Result {
        let binary = try #require(binary, "the plansheet binary is not built (swift build --build-tests)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if !environment.isEmpty {
            var inherited = ProcessInfo.processInfo.environment
            for (name, value) in environment { inherited[name] = value }
            process.environment = inherited
        }
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        // Standard error goes to a file, standard output through a pipe read to its end
        // before waiting, so that a full pipe never blocks the child.
        let errorPath = NSTemporaryDirectory() + "plansheet-stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errorHandle = try #require(FileHandle(forWritingAtPath: errorPath))
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errorHandle.close()
        let errData = FileManager.default.contents(atPath: errorPath) ?? Data()
        return Result(
            status: process.terminationStatus, outputData: outData,
            error: String(decoding: errData, as: UTF8.self))
    }

    /// A scratch folder.
    static func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "plansheet-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension CommandRunner {
    /// The program `name` on the PATH, or `nil`.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { String($0) + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs another program to its end; standard output is returned, standard error discarded.
    static func runTool(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for (name, value) in environment { inherited[name] = value }
        process.environment = inherited
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}

extension String {
    /// The text with every line break and the indentation after it made one space, so that
    /// a sentence the report wrapped can be looked for whole.
    var flattened: String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
