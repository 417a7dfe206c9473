#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file-system call that failed: which file, what was being done, and the system's reason.
///
/// `description` is an English sentence and ``danishDescription`` the same in Danish, e.g.
/// "Could not write “/tmp/plan.csv”: No space left on device (errno 28)."
public struct FileIOError: Error, Hashable, Sendable, BilingualMessage {
    /// What was being done when the call failed.
    public enum Operation: String, Hashable, Sendable {
        case open, create, read, write, sync, rename, remove, status, close
    }

    /// The file the operation was about.
    public var file: String
    /// The operation that failed.
    public var operation: Operation
    /// The system error number (`errno`), or 0 when the failure is not a system error.
    public var code: Int32

    /// Creates an error: `operation` on `file` failed with the system error `code`.
    public init(file: String, operation: Operation, code: Int32) {
        self.file = file
        self.operation = operation
        self.code = code
    }

    /// The system's text for ``code`` (`strerror`).
    public var reason: String {
        guard code != 0, let text = strerror(code) else { return "unknown error" }
        return String(cString: text)
    }

    /// The sentence in English or Danish: what could not be done to which file, and why.
    public func render(english en: Bool) -> String {
        let verb: String
        switch operation {
        case .open: verb = en ? "open" : "åbne"
        case .create: verb = en ? "create" : "oprette"
        case .read: verb = en ? "read" : "læse"
        case .write: verb = en ? "write" : "skrive"
        case .sync: verb = en ? "save (flush to disk)" : "gemme (skrive til disken)"
        case .rename: verb = en ? "move into place" : "flytte på plads"
        case .remove: verb = en ? "remove" : "fjerne"
        case .status: verb = en ? "look up" : "slå op"
        case .close: verb = en ? "close" : "lukke"
        }
        return (en ? "Could not \(verb) “\(file)”: " : "Kunne ikke \(verb) “\(file)”: ")
            + SystemErrorText.reason(code, english: en) + (en ? " (errno \(code))" : " (fejlkode \(code))")
            + hint(english: en)
    }

    /// "." or, when a write was refused, ": is the file open in Excel…?"
    private func hint(english: Bool) -> String {
        let writes: [Operation] = [.create, .write, .rename, .remove, .sync]
        guard writes.contains(operation), let hint = SystemErrorText.writeHint(code, english: english) else { return "." }
        return "; " + hint
    }
}
