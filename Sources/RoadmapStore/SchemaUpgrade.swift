import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A database this run upgraded to a newer schema, and where the file as it was is kept.
public struct SchemaUpgrade: Sendable, Equatable, CustomStringConvertible {
    /// Schema numbers: 3 for `003_skill_state`.
    public var from: Int
    public var to: Int
    public var copyPath: String

    public var description: String {
        "upgraded the progress database from schema \(from) to \(to); the old file is kept at \(copyPath)"
    }

    /// The number a migration identifier starts with: 3 for `003_skill_state`.
    static func number(_ identifier: String) -> Int { Int(identifier.prefix { $0.isNumber }) ?? 0 }

    /// Copies the database, through SQLite's backup API, to
    /// `PATH.before-NNN` with mode 0600, replacing an older copy of the same schema; returns the copy's path.
    static func keepCopy(of db: Database, path: String, schema identifier: String) throws -> String {
        let copyPath = path + ".before-" + String(identifier.prefix { $0.isNumber })
        // Written under a name of its own, then renamed: another roadmap upgrading at once never sees half a copy.
        let partial = copyPath + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // 0600, as the progress it holds is as private as the original.
        let failure = DatabaseFile.createPrivate(path: partial)
        guard failure == 0 else { throw StoreError.cannotCreate(path: copyPath, reason: DatabaseFile.reason(failure)) }
        do {
            let copy = try DatabaseQueue(path: partial)
            try copy.writeWithoutTransaction { try db.backup(to: $0) }
            try copy.close()
            guard rename(partial, copyPath) == 0 else {
                throw StoreError.cannotCreate(path: copyPath, reason: String(cString: strerror(errno)).lowercased())
            }
        } catch {
            _ = unlink(partial)
            throw error
        }
        return copyPath
    }
}

extension SchemaUpgrade {
    /// The copy of a database that holds an older schema and something recorded, or nil for a new, empty or current
    /// one. Inspected and copied in one read transaction, whose lock keeps any other roadmap's migration from
    /// committing meanwhile.
    static func keepCopyIfOld(_ dbQueue: DatabaseQueue, path: String) throws -> (copyPath: String, schema: String)? {
        try dbQueue.read { db in
            guard case let .pending(applied) = try StoredSchema.inspect(db, path: path), let old = applied.max() else { return nil }
            // Nothing recorded is nothing to lose; and it is what another roadmap creating the file at once leaves between
            // two migrations, which is no older schema.
            let holds = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM event) OR EXISTS (SELECT 1 FROM enrolment) OR EXISTS (SELECT 1 FROM command)
                """) ?? false
            let custom = try db.tableExists("custom_roadmap") ? try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM custom_roadmap)") ?? false : false
            guard holds || custom else { return nil }
            return (try keepCopy(of: db, path: path, schema: old), old)
        }
    }
}
