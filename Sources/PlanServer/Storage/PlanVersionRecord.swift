import Foundation
import GRDB

/// One version of the plan, kept for good: the plan, when it was made, by whom and from
/// which submission.
public struct PlanVersionRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    /// 1, 2, 3, …
    public var version: Int
    /// The plan as `Plan.jsonData()` writes it.
    public var planJSON: String
    /// When it was made.
    public var createdAt: Date
    /// Who accepted it (nil for the first plan, given with `--plan`).
    public var personId: Int64?
    /// The submission accepted into it, if any.
    public var submissionId: Int64?
    /// A note (e.g. where the first plan came from).
    public var note: String?

    public static let databaseTableName = "planVersion"
}
