import GRDB

/// The server database's schema, as a list of versioned migrations.
///
/// Each migration is applied once, in order, and recorded in the database; a database
/// written by an earlier version is brought up to date when the server opens it. A
/// migration, once released, is never edited: a change is a new migration at the end.
public enum ServerSchema {
    /// The identifiers of the migrations, oldest first.
    public static var migrationIDs: [String] { migrator.migrations }

    /// The migrator that brings a database up to the current schema.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-people-and-submissions") { db in
            try db.create(table: "person") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("role", .text).notNull().check { ["admin", "partner"].contains($0) }
                // The SHA-256 of the sign-in secret (hex); the secret itself is never stored.
                t.column("secretHash", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "session") { t in
                // The SHA-256 of the cookie's token (hex).
                t.primaryKey("tokenHash", .text)
                t.belongsTo("person", onDelete: .cascade).notNull()
                t.column("csrfToken", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "submission") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("person").notNull()
                // The name the file had on the partner's computer; shown, never used as a path.
                t.column("fileName", .text).notNull()
                // The SHA-256 of the bytes (hex): where the file lies in the content store.
                t.column("contentHash", .text).notNull()
                t.column("byteCount", .integer).notNull()
                t.column("submittedAt", .datetime).notNull()
                t.column("status", .text).notNull().check { ["errors", "warnings", "ok"].contains($0) }
                t.column("planYear", .integer)
                t.column("errorCount", .integer).notNull()
                t.column("warningCount", .integer).notNull()
                // The validate JSON report, as `plansheet validate --format json` prints it.
                t.column("reportJSON", .text).notNull()
                // Why the file could not be read, when it could not: {"da": …, "en": …}.
                t.column("unreadableJSON", .text)
            }
            try db.create(index: "submission_person", on: "submission", columns: ["personId", "submittedAt"])
        }
        migrator.registerMigration("v2-plan-versions") { db in
            try db.create(table: "planVersion") { t in
                t.primaryKey("version", .integer)
                // The plan as `Plan.jsonData()` writes it.
                t.column("planJSON", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                // Who accepted it (null for the first plan given with --plan).
                t.belongsTo("person")
                // The submission accepted into it, if any.
                t.belongsTo("submission")
                t.column("note", .text)
            }
            try db.alter(table: "submission") { t in
                // The plan version a submission was checked against, and the one it was accepted into.
                t.add(column: "checkedAgainstVersion", .integer)
                t.add(column: "acceptedVersion", .integer)
            }
        }
        return migrator
    }
}
