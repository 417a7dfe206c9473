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
public struct FileIOError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done when the call failed.
    public enum Operation: String, Hashable, Sendable {
        case open, create, read, write, sync, rename, remove, status, close
    }

    /// The file the operation was about.
    public var path: String
    /// The operation that failed.
    public var operation: Operation
    /// The system error number (`errno`), or 0 when the failure is not a system error.
    public var code: Int32

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The system's text for ``code`` (`strerror`).
    public var reason: String {
        guard code != 0, let text = strerror(code) else { return "unknown error" }
        return String(cString: text)
    }

    public var description: String {
        let verb: String
        switch operation {
        case .open: verb = "open"
        case .create: verb = "create"
        case .read: verb = "read"
        case .write: verb = "write"
        case .sync: verb = "save (flush to disk)"
        case .rename: verb = "move into place"
        case .remove: verb = "remove"
        case .status: verb = "look up"
        case .close: verb = "close"
        }
        return "Could not \(verb) “\(path)”: \(SystemErrorText.reason(code, english: true)) (errno \(code))"
            + hint(english: true)
    }

    /// The message in Danish, for a finance officer.
    public var danishDescription: String {
        let verb: String
        switch operation {
        case .open: verb = "åbne"
        case .create: verb = "oprette"
        case .read: verb = "læse"
        case .write: verb = "skrive"
        case .sync: verb = "gemme (skrive til disken)"
        case .rename: verb = "flytte på plads"
        case .remove: verb = "fjerne"
        case .status: verb = "slå op"
        case .close: verb = "lukke"
        }
        return "Kunne ikke \(verb) “\(path)”: \(SystemErrorText.reason(code, english: false)) (fejlkode \(code))"
            + hint(english: false)
    }

    /// "." or, when a write was refused, ": is the file open in Excel…?"
    private func hint(english: Bool) -> String {
        let writes: [Operation] = [.create, .write, .rename, .remove, .sync]
        guard writes.contains(operation), let hint = SystemErrorText.writeHint(code, english: english) else { return "." }
        return "; " + hint
    }
}
