import Foundation
import GRDB
import RoadmapCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProgressStore {
    /// Everything `doctor` reports about the file at `path`, read without creating, upgrading or writing anything;
    /// a file that cannot be opened is described, never thrown.
    public static func inspect(path: String) -> DatabaseFacts {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var facts = DatabaseFacts(path: path, readability: .missing, folder: folder)
        var info = stat()
        if stat(folder, &info) == 0 { facts.folderMode = Int(info.st_mode & 0o7777) }
        guard stat(path, &info) == 0 else {
            facts.readability = errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)).lowercased())
            facts.isWritable = access(folder, W_OK) == 0
            return facts
        }
        facts.fileMode = Int(info.st_mode & 0o7777)
        facts.size = Int64(info.st_size)
        facts.isWritable = DatabaseFile.readOnlyPart(of: path) == nil
        guard info.st_mode & S_IFMT == S_IFREG else { facts.readability = .notAFile; return facts }
        guard info.st_size > 0 else { facts.readability = .empty; return facts }
        guard access(path, R_OK) == 0 else { facts.readability = .unreadable("permission denied"); return facts }
        guard (try? DatabaseFile.looksLikeSQLite(path: path)) == true else { facts.readability = .notSQLite; return facts }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                facts.journalMode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
                facts.integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard facts.integrity == ["ok"] else { facts.readability = .damaged(facts.integrity?.first ?? "integrity check failed"); return }
                let schema: StoredSchema
                do {
                    schema = try StoredSchema.inspect(db, path: path)
                } catch let StoreError.newerSchema(_, newest) {
                    facts.readability = .newer(newest)
                    return
                } catch StoreError.notADatabase {
                    facts.readability = .notOurs
                    return
                }
                facts.schema = try Schema.migrator.appliedIdentifiers(db).max()
                facts.readability = .readable
                guard facts.schema != nil else { return }
                // Tables of schema 001, present in every schema since.
                facts.events = try Int.fetchOne(db, sql: "SELECT count(*) FROM event")
                facts.commands = try Int.fetchOne(db, sql: "SELECT count(*) FROM command")
                facts.startedRoadmaps = try String.fetchAll(db, sql: "SELECT roadmap FROM enrolment ORDER BY roadmap")
                guard case .current = schema else { return }
                for row in try Row.fetchAll(db, sql: "SELECT roadmap, content_key FROM roadmap_snapshot") {
                    facts.toldKeys[row["roadmap"]] = row["content_key"]
                }
                facts.customRoadmaps = try Row.fetchAll(db, sql: "SELECT id, version FROM custom_roadmap ORDER BY id").map {
                    DatabaseFacts.CustomRoadmap(id: $0["id"], version: $0["version"])
                }
                facts.unreadableFields = try unreadableFields(db, path: path)
            }
        } catch {
            let message = StoreError.translating(error, path: path)
            switch message {
            case .notADatabase: facts.readability = .notSQLite
            case .corrupt: facts.readability = .damaged("SQLite reports the file damaged")
            default: facts.readability = .unreadable(message.description)
            }
        }
        return facts
    }

    /// Every field of the log's rows read as the commands read it, through `LogField`: what does not read, with its repair.
    static func unreadableFields(_ db: Database, path: String) throws -> [UnreadableField] {
        let unreadable = UnreadableRows(path: path)
        let commands = try Row.fetchCursor(db, sql: "SELECT id, recorded_at FROM command ORDER BY id")
        while let row = try commands.next() {
            let id: Int64 = try row.decode(atIndex: 0)
            _ = unreadable.time(try row.decode(atIndex: 1), table: "command", row: "id = \(id)", field: "recorded_at")
        }
        let events = try Row.fetchCursor(db, sql: "SELECT id, at, kind, from_status, to_status, recall FROM event ORDER BY id")
        while let row = try events.next() {
            let id: Int64 = try row.decode(atIndex: 0)
            _ = unreadable.eventTime(try row.decode(atIndex: 1), row: id)
            _ = unreadable.kind(try row.decode(atIndex: 2), row: id)
            _ = unreadable.status(try row.decode(atIndex: 3), row: id, field: "from_status")
            _ = unreadable.status(try row.decode(atIndex: 4), row: id, field: "to_status")
            _ = unreadable.recall(try row.decode(atIndex: 5), row: id)
        }
        for row in try EnrolmentRow.fetchAll(db) { _ = row.enrolment(unreadable: unreadable) }
        for row in try CustomRoadmapRow.fetchAll(db) {
            let key = "id = '\(row.id.replacingOccurrences(of: "'", with: "''"))'"
            _ = unreadable.time(row.added_at, table: "custom_roadmap", row: key, field: "added_at")
            _ = unreadable.time(row.updated_at, table: "custom_roadmap", row: key, field: "updated_at")
        }
        return unreadable.fields
    }
}
