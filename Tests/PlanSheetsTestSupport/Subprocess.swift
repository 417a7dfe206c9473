import Foundation

/// Runs a program to its end: the one way the tests start another process.
public enum Subprocess {
    /// Runs `executable` with `arguments`, feeding it `input` on standard input (or nothing),
    /// in `directory`, with `environment` added to this process's environment.
    ///
    /// Output and errors go to files rather than pipes, so a chatty program never blocks on
    /// a full pipe and a large input never deadlocks. With `separateErrors` false, standard
    /// error is written into the same file as standard output, for messages read by people.
    public static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil, directory: String? = nil,
        environment: [String: String]? = nil, separateErrors: Bool = true
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let folder = try TemporaryFolder(prefix: "subprocess")
        let outPath = folder.file("stdout")
        let errPath = folder.file("stderr")
        let inPath = folder.file("stdin")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = separateErrors ? try FileHandle(forWritingTo: URL(fileURLWithPath: errPath)) : out
        let inp = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        process.waitUntilExit()
        try out.close()
        if separateErrors { try err.close() }
        try inp.close()
        return ProcessOutput(
            status: process.terminationStatus,
            outputData: FileManager.default.contents(atPath: outPath) ?? Data(),
            errorData: separateErrors ? FileManager.default.contents(atPath: errPath) ?? Data() : Data())
    }
}
