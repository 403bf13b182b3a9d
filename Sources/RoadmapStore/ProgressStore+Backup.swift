import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Import commands stay out of backups: what they brought is in the backup itself, and a restored backup
    /// exports the same bytes. Their undos go with them.
    static let notAnImport = """
        c.name <> 'import' AND NOT EXISTS (SELECT 1 FROM command i WHERE i.id = c.undoes AND i.name = 'import')
        """

    /// Everything the database holds, in log order, read in one transaction.
    public func backup(exportedAt: Date) throws -> ProgressBackup {
        try readBackup(exportedAt: exportedAt) { try ProgressBackup($0) }
    }

    /// Everything the database holds, handed to `body` as parts it reads as they are written
    /// (`ProgressBackup.write`), in one transaction. An error `body` throws that is not the database's (a full
    /// disk) comes out as it is.
    public func readBackup<T>(exportedAt: Date, _ body: (StoredBackup) throws -> T) throws -> T {
        var passedOn: (any Error)?
        do {
            return try read { db in
                do {
                    return try body(StoredBackup(db: db, exportedAt: Timestamp.text(exportedAt)))
                } catch where !(error is DatabaseError || error is RowDecodingError || error is StoreError) {
                    passedOn = error
                    throw error
                }
            }
        } catch {
            throw passedOn ?? error
        }
    }

    /// Merges a checked backup in one transaction, as one `command` that undo reverts exactly: all of it or none.
    /// What is already here (same uuid) is left alone, so importing twice adds nothing, and records no command.
    /// New commands and events are appended in the backup's order.
    /// - Parameter documents: the backup's custom roadmaps parsed, by id; one missing is stored without, to be parsed when read.
    @discardableResult
    public func restore(
        _ backup: ProgressBackup, documents: [String: RoadmapDocument] = [:], command: CommandInfo,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> ImportSummary {
        guard Self.knownSchemaVersions.contains(backup.schemaVersion) else {
            throw StoreError.failed(path: displayPath, reason: "the backup was written by a newer roadmap (schema \(backup.schemaVersion))")
        }
        return try write { db in
            // Random uuids land all over their indexes; a cache that holds them saves re-reading pages per insert.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            var summary = ImportSummary()
            let importID = try CommandLog.recordCommand(db, command)
            var commandIDs: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uuid, id FROM command") { commandIDs[row["uuid"]] = row["id"] }
            var added: Set<String> = []
            let insertCommand = try db.makeStatement(sql: "INSERT INTO command (uuid, recorded_at, name, arguments, imported_by) VALUES (?, ?, ?, ?, ?)")
            for command in backup.commands where commandIDs[command.uuid] == nil {
                try insertCommand.execute(arguments: [command.uuid, command.recordedAt, command.name, CommandLog.encode(command.arguments), importID])
                commandIDs[command.uuid] = db.lastInsertedRowID
                added.insert(command.uuid)
                summary.commandsAdded += 1
            }
            // Links between commands, once every command has a row; an undo recorded elsewhere also marks ours.
            for command in backup.commands {
                let id = commandIDs[command.uuid]!
                if added.contains(command.uuid), let undoes = command.undoes {
                    try db.execute(sql: "UPDATE command SET undoes = ? WHERE id = ?", arguments: [commandIDs[undoes], id])
                }
                if let undoneBy = command.undoneBy {
                    try CommandLog.markUndone(db, undoneID: id, by: commandIDs[undoneBy])
                }
            }
            let present = Set(try String.fetchAll(db, sql: "SELECT uuid FROM event"))
            var skills: Set<String> = []
            let insert = try db.makeStatement(sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws, recall)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, event) in backup.events.enumerated() {
                if index % 1000 == 0 { progress?(index, backup.events.count) }
                if present.contains(event.uuid) {
                    summary.eventsPresent += 1
                    continue
                }
                try insert.execute(arguments: [
                    event.uuid, commandIDs[event.command], event.at, event.skill, event.kind,
                    event.from, event.to, event.note, event.url, event.title, event.withdraws, event.recall,
                ])
                skills.insert(event.skill)
                summary.eventsAdded += 1
            }
            progress?(backup.events.count, backup.events.count)
            // An undo in the backup may have reverted commands that were here: their skills' standing changed too.
            skills.formUnion(try String.fetchAll(db, sql: """
                SELECT DISTINCT e.skill FROM event e JOIN command c ON c.id = e.command_id
                WHERE c.imported_by IS NULL AND c.undone_by IN (SELECT id FROM command WHERE imported_by = ?)
                """, arguments: [importID]))
            try DerivedState.follow(db, skills: skills)
            for enrolment in backup.enrolments {
                guard var existing = try EnrolmentRow.fetchOne(db, key: enrolment.roadmap) else {
                    try CommandSetting.enrolment.rememberBefore(db, key: enrolment.roadmap, commandID: importID)
                    try EnrolmentRow(enrolment).insert(db)
                    try CommandSetting.enrolment.keep(db, commandID: importID, key: enrolment.roadmap)
                    summary.enrolmentsAdded += 1
                    continue
                }
                // The earliest start stands; the most recently set target wins.
                let startedAt = min(existing.startedAt, enrolment.startedAt)
                if enrolment.updatedAt > existing.updatedAt {
                    try CommandSetting.enrolment.rememberBefore(db, key: enrolment.roadmap, commandID: importID)
                    var updated = EnrolmentRow(enrolment)
                    updated.startedAt = startedAt
                    try updated.update(db)
                    try CommandSetting.enrolment.keep(db, commandID: importID, key: enrolment.roadmap)
                    summary.enrolmentsUpdated += 1
                } else if startedAt != existing.startedAt {
                    try CommandSetting.enrolment.rememberBefore(db, key: enrolment.roadmap, commandID: importID)
                    existing.startedAt = startedAt
                    try existing.update(db)
                    try CommandSetting.enrolment.keep(db, commandID: importID, key: enrolment.roadmap)
                    summary.enrolmentsUpdated += 1
                }
            }
            for roadmap in backup.roadmaps {
                let version = try Int.fetchOne(db, sql: "SELECT version FROM custom_roadmap WHERE id = ?", arguments: [roadmap.id])
                if version == nil { summary.roadmapsAdded += 1 } else if roadmap.version > version! { summary.roadmapsUpdated += 1 } else { continue }
                try CommandSetting.customRoadmap.rememberBefore(db, key: roadmap.id, commandID: importID)
                try CustomRoadmapRow(
                    document: documents[roadmap.id], id: roadmap.id, version: roadmap.version, source: roadmap.source,
                    fileName: roadmap.fileName, addedAt: roadmap.addedAt, updatedAt: roadmap.updatedAt
                ).save(replacing: db)
                try CommandSetting.customRoadmap.keep(db, commandID: importID, key: roadmap.id)
            }
            // An import that brought nothing is no command: undo must not stop at it.
            if (summary.commandsAdded + summary.eventsAdded + summary.enrolmentsAdded
                + summary.enrolmentsUpdated + summary.roadmapsAdded + summary.roadmapsUpdated == 0) {
                try db.execute(sql: "DELETE FROM command WHERE id = ?", arguments: [importID])
            }
            return summary
        }
    }
}
