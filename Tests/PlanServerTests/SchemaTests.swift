import Foundation
import GRDB
import Testing

@testable import PlanServer

@Suite("Serve: the database schema")
struct SchemaTests {
    @Test("An empty folder gets the whole schema")
    func emptyFolder() async throws {
        let folder = ServerFixtures.temporaryFolder() + "/new/data"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ServerStore(directory: folder)
        let applied = try await store.database.read { try ServerSchema.migrator.appliedIdentifiers($0) }
        #expect(applied == Set(ServerSchema.migrationIDs))
        #expect(try await store.submissionCount() == 0)
        #expect(try await store.planVersions().isEmpty)
    }

    @Test("A database written at migration v1 is brought up to date with its rows kept")
    func upgradeFromVersion1() async throws {
        let folder = ServerFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try #require(ServerSchema.migrationIDs.first)
        #expect(ServerSchema.migrationIDs.count >= 2)
        // What an earlier version wrote: the v1 schema with a person and a submission.
        do {
            let queue = try DatabaseQueue(path: folder + "/" + ServerStore.databaseFileName)
            try ServerSchema.migrator.migrate(queue, upTo: first)
            try await queue.write { db in
                try db.execute(
                    sql: "INSERT INTO person (id, name, role, secretHash, createdAt) VALUES (1, 'AAB', 'partner', ?, '2026-01-02 03:04:05.000')",
                    arguments: [SecretToken.hash("x")])
                try db.execute(
                    sql: """
                        INSERT INTO submission (id, personId, fileName, contentHash, byteCount, submittedAt, status, planYear,
                            errorCount, warningCount, reportJSON, unreadableJSON)
                        VALUES (7, 1, 'budget.xlsx', ?, 10, '2026-01-02 03:05:00.000', 'warnings', 2013, 0, 1,
                            '{"files":[],"summary":{"errors":0,"warnings":1,"info":0}}', NULL)
                        """, arguments: [String(repeating: "a", count: 64)])
            }
            #expect(try await queue.read { try $0.tableExists("planVersion") } == false)
        }
        let store = try ServerStore(directory: folder)
        #expect(try await store.database.read { try $0.tableExists("planVersion") })
        let person = try #require(try await store.person(id: 1))
        let record = try #require(try await store.submission(id: 7, visibleTo: person))
        #expect(record.fileName == "budget.xlsx")
        #expect(record.status == .warnings)
        #expect(record.planYear == 2013)
        #expect(record.acceptedVersion == nil)
        #expect(record.checkedAgainstVersion == nil)
        // And the upgraded database works: a plan version can be added.
        #expect(try store.addFirstPlanVersion(planJSON: "{}", note: "test"))
    }

    @Test("A database from a newer version is refused, not misread")
    func newerDatabaseRefused() throws {
        let folder = ServerFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try ServerStore(directory: folder)
        let queue = try DatabaseQueue(path: folder + "/" + ServerStore.databaseFileName)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: ServerError.self) { try ServerStore(directory: folder) }
    }
}
