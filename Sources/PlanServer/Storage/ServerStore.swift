import Foundation
import GRDB

/// The server's state: an SQLite database (`DIR/plansheet.sqlite`, in WAL mode) and the
/// uploaded files (`DIR/files`).
///
/// Opening a store brings the database's schema up to date (``ServerSchema``); a database
/// written by a newer version of the server is refused rather than misread.
public final class ServerStore: Sendable {
    /// The data folder.
    public let directory: String
    /// The database.
    public let database: DatabasePool
    /// The uploaded files.
    public let files: ContentStore

    /// The database file's name in the data folder.
    public static let databaseFileName = "plansheet.sqlite"

    /// Opens (or creates) the store in `directory`.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        self.directory = directory
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        database = try DatabasePool(path: directory + "/" + Self.databaseFileName, configuration: configuration)
        let migrator = ServerSchema.migrator
        if try database.read({ try migrator.hasBeenSuperseded($0) }) {
            throw ServerError.newerDatabase(directory)
        }
        try migrator.migrate(database)
        files = try ContentStore(root: directory + "/files")
    }

    // MARK: - People

    /// Adds a person whose sign-in secret hashes to `secretHash`.
    public func addPerson(name: String, role: Role, secretHash: String, at date: Date = Date()) throws -> Person {
        try database.write { db in
            var person = Person(name: name, role: role, secretHash: secretHash, createdAt: date)
            try person.insert(db)
            return person
        }
    }

    /// The person whose secret hashes to `secretHash`.
    public func person(secretHash: String) async throws -> Person? {
        try await database.read { db in
            try Person.filter(Column("secretHash") == secretHash).fetchOne(db)
        }
    }

    /// The person with row id `id`.
    public func person(id: Int64) async throws -> Person? {
        try await database.read { db in try Person.fetchOne(db, key: id) }
    }

    /// Everyone, by name.
    public func people() async throws -> [Person] {
        try await database.read { db in try Person.order(Column("name")).fetchAll(db) }
    }

    // MARK: - Sessions

    func addSession(_ session: SessionRecord) async throws {
        try await database.write { db in
            try session.insert(db)
            // Expired sessions go when new ones come.
            try SessionRecord.filter(Column("expiresAt") < session.createdAt).deleteAll(db)
        }
    }

    func session(tokenHash: String, at now: Date) async throws -> (SessionRecord, Person)? {
        try await database.read { db in
            guard let session = try SessionRecord.fetchOne(db, key: tokenHash), session.expiresAt > now,
                let person = try Person.fetchOne(db, key: session.personId)
            else { return nil }
            return (session, person)
        }
    }

    func deleteSession(tokenHash: String) async throws {
        _ = try await database.write { db in try SessionRecord.deleteOne(db, key: tokenHash) }
    }

    // MARK: - Submissions

    /// Stores a submission's record; returns it with its id.
    public func addSubmission(_ record: SubmissionRecord) async throws -> SubmissionRecord {
        try await database.write { db in
            var record = record
            try record.insert(db)
            return record
        }
    }

    /// The submission `id`, if `viewer` may see it (their own, or any for the secretariat).
    public func submission(id: Int64, visibleTo viewer: Person) async throws -> SubmissionRecord? {
        try await database.read { db in
            guard let record = try SubmissionRecord.fetchOne(db, key: id) else { return nil }
            return viewer.isAdmin || record.personId == viewer.id ? record : nil
        }
    }

    /// The submissions `viewer` may see, newest first.
    public func submissions(visibleTo viewer: Person) async throws -> [SubmissionRecord] {
        try await database.read { db in
            var request = SubmissionRecord.order(Column("submittedAt").desc, Column("id").desc)
            if !viewer.isAdmin { request = request.filter(Column("personId") == viewer.id) }
            return try request.fetchAll(db)
        }
    }

    /// The number of submissions stored.
    public func submissionCount() async throws -> Int {
        try await database.read { db in try SubmissionRecord.fetchCount(db) }
    }

    // MARK: - Plan versions

    /// Every plan version, newest first.
    public func planVersions() async throws -> [PlanVersionRecord] {
        try await database.read { db in try PlanVersionRecord.order(Column("version").desc).fetchAll(db) }
    }

    /// Plan version `version`.
    public func planVersion(_ version: Int) async throws -> PlanVersionRecord? {
        try await database.read { db in try PlanVersionRecord.fetchOne(db, key: version) }
    }

    /// The newest plan version.
    public func latestPlanVersion() async throws -> PlanVersionRecord? {
        try await database.read { db in try PlanVersionRecord.order(Column("version").desc).fetchOne(db) }
    }

    /// Adds the first plan version, only when there is none yet; returns whether it did.
    @discardableResult
    public func addFirstPlanVersion(planJSON: String, note: String, at date: Date = Date()) throws -> Bool {
        try database.write { db in
            guard try PlanVersionRecord.fetchCount(db) == 0 else { return false }
            try PlanVersionRecord(version: 1, planJSON: planJSON, createdAt: date, personId: nil, submissionId: nil, note: note)
                .insert(db)
            return true
        }
    }

    /// Records that `person` accepted `submissionID` into a new plan version holding
    /// `planJSON`, made from plan version `base`; returns the new version, or nil (and
    /// stores nothing) when the submission was accepted meanwhile or the plan moved on from `base`.
    public func accept(
        submissionID: Int64, by person: Person, planJSON: String, base: Int?, at date: Date = Date()
    ) async throws -> PlanVersionRecord? {
        try await database.write { db in
            let latest = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM planVersion")
            guard latest == base,
                let submission = try SubmissionRecord.fetchOne(db, key: submissionID), submission.acceptedVersion == nil
            else { return nil }
            let record = PlanVersionRecord(
                version: (latest ?? 0) + 1, planJSON: planJSON, createdAt: date, personId: person.id,
                submissionId: submissionID, note: nil)
            try record.insert(db)
            try db.execute(
                sql: "UPDATE submission SET acceptedVersion = ? WHERE id = ?", arguments: [record.version, submissionID])
            return record
        }
    }
}
