import Foundation
import Testing

/// Runs the built `plansheet` binary, as a user would, in the package root.
public enum CommandRunner {
    /// The package root.
    public static var root: String { TestEnvironment.packageRoot }

    /// The built binary: beside the test bundle, or in `.build/debug`.
    public static let binary: String? = {
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first)
            for _ in 0..<3 {
                url.deleteLastPathComponent()
                candidates.append(url.path + "/plansheet")
            }
        }
        candidates.append(TestEnvironment.packageRoot + "/.build/debug/plansheet")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `plansheet` with `arguments` in the package root, with `environment` added.
    public static func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ProcessOutput {
        let binary = try #require(binary, "the plansheet binary is not built (swift build --build-tests)", sourceLocation: sourceLocation)
        return try Subprocess.run(binary, arguments, input: input, directory: TestEnvironment.packageRoot, environment: environment)
    }

    /// A scratch folder, removed by the caller when done.
    public static func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "plansheet-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
