import GRDB

/// What an opened SQLite file holds, judged before anything is written to it.
enum StoredSchema: Equatable {
    /// A roadmap database (or an empty file) missing some migrations this build knows.
    case pending(applied: Set<String>)
    /// A roadmap database with exactly the migrations this build knows.
    case current

    /// The `application_id` migration 001 writes in the file header: "RMAP".
    static let applicationID: Int32 = 0x524D_4150

    /// Refuses files that are not ours, and databases a newer roadmap has migrated.
    static func inspect(_ db: Database, path: String) throws -> StoredSchema {
        let migrator = Schema.migrator
        let isOurs = try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
        let applied = try migrator.appliedIdentifiers(db)
        guard isOurs else {
            // No migration of ours ran yet: fine when the file is empty, someone else's otherwise.
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
            guard tables.isEmpty, applied.isEmpty else { throw StoreError.notADatabase(path: path) }
            return .pending(applied: [])
        }
        if let newest = applied.subtracting(Schema.identifiers).max() {
            throw StoreError.newerSchema(path: path, schema: newest)
        }
        return try migrator.hasCompletedMigrations(db) ? .current : .pending(applied: applied)
    }
}
