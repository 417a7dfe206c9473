/// Why the server cannot start or go on.
public enum ServerError: Error, Sendable, CustomStringConvertible {
    /// The database was written by a newer version of plansheet.
    case newerDatabase(String)
    /// The plan given with --plan cannot be read.
    case unreadablePlan(String, String)

    public var description: String {
        switch self {
        case .newerDatabase(let directory):
            "the database in \(directory) was written by a newer version of plansheet; use that version."
        case .unreadablePlan(let path, let reason):
            "cannot read the plan \(path): \(reason)"
        }
    }
}
