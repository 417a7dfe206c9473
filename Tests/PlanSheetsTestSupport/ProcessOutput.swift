import Foundation

/// What a finished program left: its exit status, standard output and standard error.
public struct ProcessOutput: Sendable {
    /// The exit status (or the signal's number when it was killed).
    public var status: Int32
    /// Standard output as bytes (with standard error mixed in when it was not kept apart).
    public var outputData: Data
    /// Standard error as bytes (empty when it was mixed into the output).
    public var errorData: Data

    /// Standard output as UTF-8 text.
    public var output: String { String(decoding: outputData, as: UTF8.self) }
    /// Standard error as UTF-8 text.
    public var error: String { String(decoding: errorData, as: UTF8.self) }

    /// Creates an outcome.
    public init(status: Int32, outputData: Data, errorData: Data) {
        self.status = status
        self.outputData = outputData
        self.errorData = errorData
    }
}
