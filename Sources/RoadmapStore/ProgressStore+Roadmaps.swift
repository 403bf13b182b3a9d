import Foundation
import GRDB
import RoadmapCore

/// A roadmap the user added, as stored.
public struct StoredRoadmap: Sendable, Hashable {
    public let id: String
    public let version: Int
    /// The YAML as given; nil unless asked for, as loading needs only the compiled form.
    public let source: String?
    /// The document as `CompiledRoadmap` wrote it when added.
    public let compiled: String
    public let fileName: String
    public let addedAt: Date
    public let updatedAt: Date
}

extension ProgressStore {
    /// Custom roadmaps, by id; their YAML too when asked (it doubles what is read from disk).
    public func customRoadmaps(includingSource: Bool = false) throws -> [StoredRoadmap] {
        try read { db in
            let sql = includingSource
                ? "SELECT id, version, compiled, file_name, added_at, updated_at, source FROM custom_roadmap ORDER BY id"
                : "SELECT id, version, compiled, file_name, added_at, updated_at FROM custom_roadmap ORDER BY id"
            return try Row.fetchAll(db, sql: sql).map { row in
                StoredRoadmap(
                    id: row["id"], version: row["version"], source: includingSource ? row["source"] : nil, compiled: row["compiled"], fileName: row["file_name"],
                    addedAt: try CommandLog.date(row["added_at"], path: displayPath),
                    updatedAt: try CommandLog.date(row["updated_at"], path: displayPath))
            }
        }
    }

    /// Adds a custom roadmap or replaces the stored one with the same id, as one command undo reverts exactly.
    public func saveCustomRoadmap(id: String, version: Int, source: String, compiled: String, fileName: String, command: CommandInfo) throws {
        try write { db in
            let now = Timestamp.text(command.at)
            let commandID = try CommandLog.recordCommand(db, command)
            try CustomRoadmapBefore.remember(db, id: id, commandID: commandID)
            try Self.saveCustomRoadmap(db, id: id, version: version, source: source, compiled: compiled, fileName: fileName, addedAt: now, updatedAt: now)
        }
    }

    static func saveCustomRoadmap(_ db: Database, id: String, version: Int, source: String, compiled: String, fileName: String, addedAt: String, updatedAt: String) throws {
        try db.execute(
            sql: """
                INSERT INTO custom_roadmap (id, version, source, compiled, file_name, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET version = excluded.version, source = excluded.source, compiled = excluded.compiled,
                    file_name = excluded.file_name, updated_at = excluded.updated_at
                """,
            arguments: [id, version, source, compiled, fileName, addedAt, updatedAt])
    }

    /// Removes a custom roadmap, as one command undo reverts; progress on its skills stays in the log.
    /// False, with nothing recorded, when there was none.
    public func removeCustomRoadmap(id: String, command: CommandInfo) throws -> Bool {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM custom_roadmap WHERE id = ?", arguments: [id]) == true else { return false }
            let commandID = try CommandLog.recordCommand(db, command)
            try CustomRoadmapBefore.remember(db, id: id, commandID: commandID)
            try db.execute(sql: "DELETE FROM custom_roadmap WHERE id = ?", arguments: [id])
            return true
        }
    }
}

extension StoredRoadmap {
    /// The roadmap as added: its compiled form, or its YAML (when loaded) parsed again should that not read back.
    public var document: RoadmapDocument? {
        CompiledRoadmap.decode(compiled) ?? source.flatMap { RoadmapParser.parse($0, file: fileName).document }
    }
}
