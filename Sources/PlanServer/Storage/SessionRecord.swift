import Foundation
import GRDB

/// A signed-in browser: the hash of its cookie's token, whose it is, and the token its
/// forms must carry (CSRF).
struct SessionRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    var tokenHash: String
    var personId: Int64
    var csrfToken: String
    var createdAt: Date
    var expiresAt: Date

    static let databaseTableName = "session"
}
