import Foundation
import GRDB
import RoadmapCore

/// A roadmap the user added, as stored.
public struct StoredRoadmap: Sendable, Hashable {
    public let id: String
    public let version: Int
    /// The YAML as given.
    public let source: String?
    /// The document as parsed when added; nil when its stored form does not read back (another build's), and
    /// then the caller parses `source`.
    public let document: RoadmapDocument?
    public let fileName: String
    public let addedAt: Date
    public let updatedAt: Date
    /// The document is stored in this build's compiled form (an older form still reads, checked record by record).
    public var isStoredAsCurrent = true
}

extension ProgressStore {
    /// Custom roadmaps, by id.
    public func customRoadmaps() throws -> [StoredRoadmap] {
        try read { db in try CustomRoadmapRow.all(db).compactMap { stored($0, document: $0.document, source: $0.source) } }
    }

    /// Custom roadmaps for the catalog, by id: each one's YAML is read only when its compiled form does not read or
    /// is an older form, for the catalog to parse or keep it again (`source` is nil otherwise): a 10,000-skill
    /// roadmap's YAML was 800 page reads a command.
    /// - Parameter skillsWhenAsked: `CompiledRoadmap.decode(_:skillsWhenAsked:)`.
    public func catalogRoadmaps(skillsWhenAsked: Bool = false) throws -> [StoredRoadmap] {
        try read { db in
            try CustomRoadmapRow.all(db, withSource: false).compactMap { row in
                let document = row.document(skillsWhenAsked: skillsWhenAsked)
                guard document == nil || !CompiledRoadmap.isCurrent(row.compiled) else { return stored(row, document: document, source: nil) }
                var row = row
                row.source = try String.fetchOne(db, sql: "SELECT source FROM custom_roadmap WHERE id = ?", arguments: [row.id]) ?? ""
                return stored(row, document: document, source: row.source)
            }
        }
    }

    private func stored(_ row: CustomRoadmapRow, document: RoadmapDocument?, source: String?) -> StoredRoadmap? {
        let key = "id = '\(row.id.replacingOccurrences(of: "'", with: "''"))'"
        guard let added = unreadable.time(row.added_at, table: "custom_roadmap", row: key, field: "added_at"),
              let updated = unreadable.time(row.updated_at, table: "custom_roadmap", row: key, field: "updated_at")
        else { return nil }
        var roadmap = StoredRoadmap(
            id: row.id, version: row.version, source: source, document: document, fileName: row.file_name,
            addedAt: added, updatedAt: updated)
        roadmap.isStoredAsCurrent = CompiledRoadmap.isCurrent(row.compiled)
        return roadmap
    }

    /// Adds a custom roadmap or replaces the stored one with the same id, as one command undo reverts exactly.
    public func saveCustomRoadmap(_ document: RoadmapDocument, source: String, fileName: String, command: CommandInfo) throws {
        try write { db in
            let now = Timestamp.text(command.at)
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandSetting.customRoadmap.rememberBefore(db, key: document.id.value, commandID: commandID)
            try CustomRoadmapRow(
                document: document, id: document.id.value, version: document.version, source: source, fileName: fileName,
                addedAt: now, updatedAt: now
            ).save(replacing: db)
            try CommandSetting.customRoadmap.keep(db, commandID: commandID, key: document.id.value)
        }
    }

    /// Keeps the document parsed from a roadmap stored without one, or stored in an older compiled form, so later
    /// runs read it in this build's form instead of the YAML.
    /// Not a command: nothing to undo. Does nothing on a read-only store, or when the row has changed since.
    public func keepParsedDocument(_ document: RoadmapDocument, of roadmap: StoredRoadmap) throws {
        guard !isReadOnly, let source = roadmap.source else { return }
        try write { db in
            try db.execute(
                sql: "UPDATE custom_roadmap SET compiled = ? WHERE id = ? AND source = ?",
                arguments: [CompiledRoadmap.encode(document), roadmap.id, source])
        }
    }

    /// Removes a custom roadmap, as one command undo reverts; progress on its skills stays in the log.
    /// False, with nothing recorded, when there was none.
    public func removeCustomRoadmap(id: String, command: CommandInfo) throws -> Bool {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM custom_roadmap WHERE id = ?", arguments: [id]) == true else { return false }
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandSetting.customRoadmap.rememberBefore(db, key: id, commandID: commandID)
            try db.execute(sql: "DELETE FROM custom_roadmap WHERE id = ?", arguments: [id])
            try CommandSetting.customRoadmap.keep(db, commandID: commandID, key: id)
            return true
        }
    }
}
