/// Where a version of the plan came from, for the report: a plan JSON, or sheets
/// imported (and reconciled against a base plan, when one was used).
public struct DiffSource: Hashable, Sendable {
    /// The kind of input.
    public enum Kind: String, Hashable, Sendable {
        /// A plan JSON file.
        case plan
        /// One or more partner sheets or workbooks, imported.
        case sheets
    }

    /// The kind of input.
    public var kind: Kind
    /// The files, as given.
    public var paths: [String]
    /// The plan the sheets were reconciled against, when any (a path, or a description).
    public var base: String?

    /// Creates a source.
    public init(kind: Kind, paths: [String], base: String? = nil) {
        self.kind = kind
        self.paths = paths
        self.base = base
    }
}
