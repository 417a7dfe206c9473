import Foundation
import GRDB

/// Someone who may sign in: a partner or a member of the secretariat.
public struct Person: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    /// The row id.
    public var id: Int64?
    /// The name shown on the pages (e.g. "Københavns Politi").
    public var name: String
    /// What the person may do.
    public var role: Role
    /// The SHA-256 (hex) of the person's sign-in secret.
    public var secretHash: String
    /// When the person was added.
    public var createdAt: Date

    /// Creates a person.
    public init(id: Int64? = nil, name: String, role: Role, secretHash: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.secretHash = secretHash
        self.createdAt = createdAt
    }

    /// Whether the person belongs to the secretariat.
    public var isAdmin: Bool { role == .admin }

    public static let databaseTableName = "person"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
