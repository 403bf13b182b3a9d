import Foundation
import RoadmapCore
import GRDB

/// The user's progress: an append-only log of commands and their events, plus roadmap enrolments.
/// Every write method is one IMMEDIATE transaction, so one user command is recorded entirely or not at all.
public struct ProgressStore: Sendable {
    private let dbQueue: DatabaseQueue

    /// The database file; nil for an in-memory store.
    public let path: String?

    /// The upgrade opening it made, with where the old file is kept; nil when it was current or new.
    public let upgrade: SchemaUpgrade?

    /// Fields this store's reads met that do not read; their rows were left out.
    let unreadable: UnreadableRows

    init(dbQueue: DatabaseQueue, path: String?, upgrade: SchemaUpgrade? = nil) {
        self.dbQueue = dbQueue
        self.path = path
        self.upgrade = upgrade
        unreadable = UnreadableRows(path: path ?? "in-memory database")
    }

    /// What this store's reads left out so far, for the one line a command then gives.
    public var unreadableFields: [UnreadableField] { unreadable.fields }

    /// Opens the database at `path` for writing, creating it (and its folders) when missing,
    /// and upgrades it to this build's schema.
    public init(path: String) throws {
        do {
            try DatabaseFile.create(path: path)
            guard try DatabaseFile.looksLikeSQLite(path: path) else { throw StoreError.notADatabase(path: path) }
            if let readOnly = DatabaseFile.readOnlyPart(of: path) {
                throw StoreError.readOnly(path: readOnly)
            }
            let dbQueue = try Self.openQueue(path: path, readonly: false)
            let upgrade = try Self.migrate(dbQueue, path: path)
            self.init(dbQueue: dbQueue, path: path, upgrade: upgrade)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Opens the database at `path` for reading; nil when there is none yet (missing or empty file),
    /// so read commands never create it. A read-only file opens read-only when it needs no upgrade.
    public static func openExisting(path: String) throws -> ProgressStore? {
        do {
            guard let size = try DatabaseFile.size(path: path), size > 0 else { return nil }
            guard try DatabaseFile.looksLikeSQLite(path: path) else { throw StoreError.notADatabase(path: path) }
            guard let readOnly = DatabaseFile.readOnlyPart(of: path) else {
                let dbQueue = try openQueue(path: path, readonly: false)
                let upgrade = try migrate(dbQueue, path: path)
                return ProgressStore(dbQueue: dbQueue, path: path, upgrade: upgrade)
            }
            let dbQueue = try openQueue(path: path, readonly: true)
            // Upgrading needs write access we do not have.
            guard try dbQueue.read({ try StoredSchema.inspect($0, path: path) }) == .current else {
                throw StoreError.readOnly(path: readOnly)
            }
            return ProgressStore(dbQueue: dbQueue, path: path)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// A private, empty store that vanishes with the process; for tests and dry runs.
    public static func inMemory() throws -> ProgressStore {
        let name = "in-memory database"
        do {
            let dbQueue = try DatabaseQueue(configuration: configuration(readonly: false))
            try migrate(dbQueue, path: name, keepingCopy: false)
            return ProgressStore(dbQueue: dbQueue, path: nil)
        } catch {
            throw StoreError.translating(error, path: name)
        }
    }

    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.label = "roadmap progress"
        configuration.readonly = readonly
        // Parallel roadmap invocations wait for each other's short transactions instead of failing with "database is locked".
        configuration.busyMode = .timeout(10)
        // The default rollback journal (not WAL) keeps the database one file, untouched by commands that change nothing.
        configuration.prepareDatabase { db in
            // Statement journals (one per insert that fires a trigger) in memory, not a file written on every insert.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    private static func openQueue(path: String, readonly: Bool) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: configuration(readonly: readonly))
    }

    /// Applies pending migrations, after refusing files that are not ours or are newer than this build. Before
    /// upgrading a database that already holds a schema, keeps a copy of it beside it (`keepingCopy`); a new one gets none.
    @discardableResult
    private static func migrate(_ dbQueue: DatabaseQueue, path: String, keepingCopy: Bool = true) throws -> SchemaUpgrade? {
        // Parallel roadmaps may open a new file at once: one applies a migration, the others fail to insert
        // its identifier (a primary key), roll back, and find it applied on the next look.
        var lastError: (any Error)?
        var kept: (copyPath: String, schema: String)?
        for _ in 0..<5 {
            let before = try dbQueue.read { try StoredSchema.inspect($0, path: path) }
            guard case .pending = before else { return nil }
            if keepingCopy, kept == nil { kept = try SchemaUpgrade.keepCopyIfOld(dbQueue, path: path) }
            do {
                try Schema.migrator.migrate(dbQueue)
                guard let kept else { return nil }
                return SchemaUpgrade(from: SchemaUpgrade.number(kept.schema), to: SchemaUpgrade.number(schemaVersion), copyPath: kept.copyPath)
            } catch {
                let after = try dbQueue.read { try StoredSchema.inspect($0, path: path) }
                guard after != before else { throw error }
                lastError = error
            }
        }
        if let lastError { throw lastError }
        return nil
    }
}

extension ProgressStore {
    /// How error messages name this store.
    var displayPath: String { path ?? "in-memory database" }

    /// Opened read-only: the file could not be written, and needed no upgrade.
    var isReadOnly: Bool { dbQueue.configuration.readonly }

    /// Runs one user command as one IMMEDIATE transaction: all of it is recorded, or none.
    /// With `rollback`, nothing is kept: a dry run of the same code.
    /// - Parameter foreignKeys: false to leave SQLite's foreign key checks off for this transaction, for a caller that
    ///   makes every reference itself (an import: with them on, SQLite rewrote every index of a command it linked).
    func write<T>(rollback: Bool = false, foreignKeys: Bool = true, _ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                // A connection's setting, changed only outside a transaction (inside, SQLite ignores it).
                if !foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                defer { if !foreignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                var outcome: T?
                // IMMEDIATE takes the write lock before the first read, so a concurrent roadmap waits
                // (busy timeout) rather than failing to upgrade a read lock mid-transaction.
                try db.inTransaction(.immediate) {
                    outcome = try body(db)
                    return rollback ? .rollback : .commit
                }
                guard let outcome else { throw StoreError.failed(path: displayPath, reason: "the transaction returned nothing") }
                return outcome
            }
        } catch let error as RoadmapError {
            throw error  // a refusal about the user's input, not about the file: said as it is
        } catch {
            throw StoreError.translating(error, path: displayPath)
        }
    }

    /// Closes the connection; the store is not used after.
    func close() throws {
        do {
            try dbQueue.close()
        } catch {
            throw StoreError.translating(error, path: displayPath)
        }
    }

    /// Reads from one consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw StoreError.translating(error, path: displayPath)
        }
    }
}
