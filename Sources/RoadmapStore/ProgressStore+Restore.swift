import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Merges a checked backup (`ProgressBackup.decode`) in one transaction, as one `command` that undo reverts exactly: all of it or none.
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
        return try restore(command: command) { restoring in
            for command in backup.commands { try restoring.add(command) }
            for (index, event) in backup.events.enumerated() {
                if index % 1000 == 0 { progress?(index, backup.events.count) }
                try restoring.add(event)
            }
            progress?(backup.events.count, backup.events.count)
            return try restoring.finish(enrolments: backup.enrolments, roadmaps: backup.roadmaps, documents: documents)
        }
    }

    /// Runs `body` in the one transaction of an import recorded as `command`: it hands each of the backup's commands,
    /// then each of its events, to the `BackupRestore`, then finishes it. A throw anywhere leaves the database as it was.
    public func restore<Result>(command: CommandInfo, _ body: (inout BackupRestore) throws -> Result) throws -> Result {
        // Every reference an import writes is an id it wrote or found (`commandIDs`), so SQLite's checks are left off:
        // with them on, each undo it linked rewrote all six of the command's indexes (large import −0.76 G).
        return try write(foreignKeys: false) { db in
            // Random uuids land all over their indexes; a cache that holds them saves re-reading pages per insert. 16 MiB,
            // not 64 or 32: beside the threads that read and parse, large import 121–145 -> 114–118 MiB peak, no slower,
            // the same instructions (dirty pages past it go to the file, rolled back by the journal).
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // A connection's setting, not the transaction's: never left off, whatever happens.
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            var restoring = try BackupRestore(db, command: command)
            return try body(&restoring)
        }
    }
}

/// A backup's rows written in the backup's order inside an import's transaction (`ProgressStore.restore(command:_:)`):
/// commands, then events, then the enrolments and custom roadmaps (`finish`).
public struct BackupRestore {
    private let db: Database
    private let importID: Int64
    private var summary = ImportSummary()
    /// Keyed by `UUIDKey`, not String: no String kept a command, none hashed.
    private var commandIDs: [UUIDKey: Int64] = [:]
    /// The commands whose links to other commands are written once every command has a row, in the backup's order.
    private var links: [(uuid: String, undoes: String?, undoneBy: String?)] = []
    /// The uuids of the commands in the batch not yet written, in its order.
    private var waiting: [(key: UUIDKey, uuid: String)] = []
    private var linked = false
    private var commandRows = RowBatch<CommandInsert>()
    private var present: Set<UUIDKey>
    private var skills: Set<String> = []
    private var eventRows = RowBatch<EventInsert>()

    init(_ db: Database, command: CommandInfo) throws {
        self.db = db
        importID = try CommandLog.recordCommand(db, command)
        for row in try Row.fetchAll(db, sql: "SELECT uuid, id FROM command") { commandIDs[UUIDKey(row[0])] = row[1] }
        present = Set(try String.fetchAll(db, sql: "SELECT uuid FROM event").lazy.map(UUIDKey.init))
        // Into a log without events, the indexes keyed by skill are built after the rows, in order: each event put in
        // its place in them as it came was a random insert into a growing B-tree (large import's writing thread
        // −0.15 G, 2.4 %). Dropped in the import's transaction, so a failure restores them.
        if present.isEmpty {
            indexesToBuild = try String.fetchAll(db, sql: """
                SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN ('event_by_skill', 'status_event_by_skill', 'review_event')
                """)
            try db.execute(sql: "DROP INDEX IF EXISTS event_by_skill; DROP INDEX IF EXISTS status_event_by_skill; DROP INDEX IF EXISTS review_event")
        }
    }

    /// The statements that make the indexes dropped, as the schema holds them, run once every row is written.
    private var indexesToBuild: [String] = []

    /// A backup's command with its arguments in the form the log keeps them (`CommandLog.encode`): work that needs no
    /// database, which an import's reading thread does while the writing thread writes (large import: 0.33 G).
    public struct PreparedCommand: Sendable {
        public let command: ProgressBackup.Command
        let arguments: String

        public init(_ command: ProgressBackup.Command) {
            self.command = command
            arguments = CommandLog.encode(command.arguments)
        }
    }

    /// A command of the backup, in its order; one already here (same uuid) is left alone.
    public mutating func add(_ command: ProgressBackup.Command) throws {
        try add(PreparedCommand(command))
    }

    /// `add(_:)` of a command prepared beforehand.
    public mutating func add(_ prepared: PreparedCommand) throws {
        precondition(!linked, "commands come before events")
        let command = prepared.command
        let key = UUIDKey(command.uuid)
        let isNew = commandIDs[key] == nil
        if isNew {
            commandRows.append(CommandInsert(command: prepared, importedBy: importID))
            waiting.append((key, command.uuid))
            // Its id once its batch is written.
            commandIDs[key] = 0
            summary.commandsAdded += 1
            if commandRows.isFull { try writeCommands() }
        }
        if (isNew && command.undoes != nil) || command.undoneBy != nil {
            links.append((uuid: command.uuid, undoes: isNew ? command.undoes : nil, undoneBy: command.undoneBy))
        }
    }

    /// Writes the commands waiting in their batch and gives each its id: the ids SQLite gives them one after the
    /// other, from the largest it holds; looked up if it chose otherwise (its largest possible rowid used).
    private mutating func writeCommands() throws {
        let count = Int64(commandRows.count)
        guard count > 0 else { return }
        let largest = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM command")) ?? 0
        try commandRows.write(db)
        let first = db.lastInsertedRowID - count + 1
        if largest < Int64.max - count, first == largest + 1 {
            for (offset, command) in waiting.enumerated() { commandIDs[command.key] = first + Int64(offset) }
        } else {
            let lookup = try db.cachedStatement(sql: "SELECT id FROM command WHERE uuid = ?")
            for command in waiting { commandIDs[command.key] = try Int64.fetchOne(lookup, arguments: [command.uuid]) }
        }
        waiting.removeAll(keepingCapacity: true)
    }

    /// Links between commands, once every command has a row; an undo recorded elsewhere also marks ours.
    private mutating func linkCommands() throws {
        guard !linked else { return }
        try writeCommands()
        linked = true
        // Every event handed here passed BackupCheck.event, which holds each to the event table's CHECK constraints
        // (kind, statuses and recall by LogField's vocabularies, from and to with status, recall with review), so
        // SQLite need not check them again: it builds each CHECK's IN list as a small table for every row, half the
        // SQL of an import. `PRAGMA integrity_check` checks them over every row (RestoreTests).
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        let setUndoes = try db.cachedStatement(sql: "UPDATE command SET undoes = ? WHERE id = ?")
        for link in links {
            let id = commandIDs[UUIDKey(link.uuid)]!
            if let undoes = link.undoes { try setUndoes.execute(arguments: [commandIDs[UUIDKey(undoes)], id]) }
            if let undoneBy = link.undoneBy { try CommandLog.markUndone(db, undoneID: id, by: commandIDs[UUIDKey(undoneBy)]) }
        }
        links = []
    }

    /// An event of the backup, after every command, that passed the backup's check (`BackupCheck.event`: SQLite does
    /// not check the table's constraints again); one already here (same uuid) is left alone.
    public mutating func add(_ event: ProgressBackup.Event) throws {
        try linkCommands()
        // Into a new database nothing is here: no uuid hashed a third time.
        if !present.isEmpty, present.contains(UUIDKey(event.uuid)) {
            summary.eventsPresent += 1
            return
        }
        eventRows.append(EventInsert(event: event, commandID: commandIDs[UUIDKey(event.command)]))
        skills.insert(event.skill)
        summary.eventsAdded += 1
        if eventRows.isFull { try eventRows.write(db) }
    }

    /// The backup's enrolments and custom roadmaps, after its commands and events; what the import brought.
    /// - Parameter compiled: documents' compiled forms made beforehand (on another thread), by roadmap id; a document
    ///   without one is compiled here.
    public mutating func finish(
        enrolments: [ProgressBackup.Enrolment], roadmaps: [ProgressBackup.CustomRoadmap], documents: [String: RoadmapDocument],
        compiled: [String: String] = [:]
    ) throws -> ImportSummary {
        try linkCommands()
        try eventRows.write(db)
        try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        for sql in indexesToBuild { try db.execute(sql: sql) }
        // An undo in the backup may have reverted commands that were here: their skills' standing changed too.
        // Walks the undone commands (command_by_undone_by; CROSS JOIN keeps that order), not every command the import
        // brought: 314 M instructions of a large import before.
        skills.formUnion(try String.fetchAll(db, sql: """
            SELECT DISTINCT e.skill FROM command c CROSS JOIN event e ON e.command_id = c.id
            WHERE c.undone_by IS NOT NULL AND c.imported_by IS NULL
              AND (SELECT u.imported_by FROM command u WHERE u.id = c.undone_by) = ?
            """, arguments: [importID]))
        try DerivedState.follow(db, skills: skills)
        for enrolment in enrolments {
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
        for roadmap in roadmaps {
            let version = try Int.fetchOne(db, sql: "SELECT version FROM custom_roadmap WHERE id = ?", arguments: [roadmap.id])
            if version == nil { summary.roadmapsAdded += 1 } else if roadmap.version > version! { summary.roadmapsUpdated += 1 } else { continue }
            try CommandSetting.customRoadmap.rememberBefore(db, key: roadmap.id, commandID: importID)
            try CustomRoadmapRow(
                document: documents[roadmap.id], compiled: compiled[roadmap.id], id: roadmap.id, version: roadmap.version, source: roadmap.source,
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
