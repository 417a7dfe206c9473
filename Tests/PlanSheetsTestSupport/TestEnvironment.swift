import Foundation

/// Where the tests run: the package root, the shared folder beside it, whether this is CI,
/// and the programs on `PATH`.
///
/// Tests that need `../shared` or an outside program (python3, LibreOffice) skip with a
/// message when it is missing, and fail instead when ``isCI`` is true: CI must never pass by
/// skipping.
public enum TestEnvironment {
    /// Whether `CI=true`: a missing shared folder or tool fails a test instead of skipping it.
    public static let isCI: Bool = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The package root (the folder above `Tests/`).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `../shared` beside the package root, read in place, never copied.
    public static let sharedFolder: String = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().path + "/shared"

    /// A path inside the package root (`"samples/tryghedsplan-2013.json"`).
    public static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    /// A path inside the shared folder (`"corpus/xlsx"`).
    public static func shared(_ relative: String) -> String { sharedFolder + "/" + relative }

    /// Whether `../shared/<relative>` exists.
    public static func hasShared(_ relative: String = "") -> Bool {
        FileManager.default.fileExists(atPath: relative.isEmpty ? sharedFolder : shared(relative))
    }

    /// The full path of the program `name` on `PATH`, if any.
    public static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// python3 on `PATH`, if any.
    public static let python: String? = executable(named: "python3")

    /// Whether python3 can import `modules` (`"openpyxl, python_calamine"`).
    public static func pythonImports(_ modules: String) -> Bool {
        guard let python else { return false }
        return (try? Subprocess.run(python, ["-c", "import " + modules]).status) == 0
    }

    /// python3, if it can import openpyxl.
    public static let pythonWithOpenpyxl: String? = pythonImports("openpyxl") ? python : nil
}
