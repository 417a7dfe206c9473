import Foundation
import GRDB

/// A sheet handed in, with the outcome of its check.
public struct SubmissionRecord: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    /// The row id (the number in `/submissions/{id}`).
    public var id: Int64?
    /// Who handed it in.
    public var personId: Int64
    /// The file's name on the partner's computer (shown only, escaped).
    public var fileName: String
    /// The SHA-256 of the file's bytes (hex), its key in the content store.
    public var contentHash: String
    /// The file's size in bytes.
    public var byteCount: Int
    /// When it was handed in.
    public var submittedAt: Date
    /// errors, warnings or ok.
    public var status: SubmissionStatus
    /// The plan year the sheet is for: its first funding year, when it shows one.
    public var planYear: Int?
    /// The number of error findings (an unreadable file counts as one).
    public var errorCount: Int
    /// The number of warnings.
    public var warningCount: Int
    /// The validate JSON report.
    public var reportJSON: String
    /// Why the file could not be read, when it could not ({"da": …, "en": …}).
    public var unreadableJSON: String?
    /// The plan version the sheet was checked against, if there was one.
    public var checkedAgainstVersion: Int?
    /// The plan version the sheet was accepted into, once accepted.
    public var acceptedVersion: Int?

    public static let databaseTableName = "submission"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
