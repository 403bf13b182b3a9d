import GRDB

/// The database schema: one migration per `Migrations/NNN_name.sql` file, applied in file-name order.
/// A shipped migration is never edited; a schema change is a new file.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for file in MigrationFiles.files {
            let identifier = identifier(fileName: file.name)
            migrator.registerMigration(identifier) { db in
                try db.execute(sql: file.contents)
                try steps[identifier]?(db)
            }
        }
        return migrator
    }()

    /// What a migration does after its SQL, where SQL alone cannot: derived rows, an explaining command.
    static let steps: [String: @Sendable (Database) throws -> Void] = ["007_sync": SyncOrderUpgrade.apply]

    /// Migration identifiers this build knows, oldest first.
    static var identifiers: [String] { migrator.migrations }

    static func identifier(fileName: String) -> String {
        fileName.hasSuffix(".sql") ? String(fileName.dropLast(".sql".count)) : fileName
    }
}

extension ProgressStore {
    /// The newest schema this build writes, e.g. "001_progress".
    public static let schemaVersion: String = Schema.identifiers.last ?? ""

    /// Every schema this build can read and upgrade from, oldest first.
    public static var knownSchemaVersions: [String] { Schema.identifiers }
}
