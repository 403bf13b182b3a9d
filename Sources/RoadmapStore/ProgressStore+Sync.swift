import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Who this database is to a sync repository, where it syncs, when it last did, and what waits to be sent.
    /// Reads only: a database that never synced has no device id yet.
    public func syncState() throws -> SyncState {
        try read { db in try Self.syncState(db, path: displayPath) }
    }

    private static func syncState(_ db: Database, path: String) throws -> SyncState {
        let row = try Row.fetchOne(db, sql: "SELECT device, remote, last_sync_at, applied_tree FROM sync_state WHERE id = 1")
        // Before the first sync nothing waits: there is nowhere to send it yet.
        let waiting = row == nil ? 0 : try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM command WHERE origin IS NULL AND sync_stage < 2") ?? 0
        return SyncState(
            device: row?["device"], remote: row?["remote"],
            lastSyncAt: try (row?["last_sync_at"] as String?).map { try CommandLog.date($0, path: path) }, waiting: waiting,
            appliedTree: row?["applied_tree"])
    }

    /// Makes this database's device id when it has none, and records `remote` when given. Not a command: nothing to undo.
    @discardableResult
    public func prepareSync(remote: String?) throws -> SyncState {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO sync_state (id, device) VALUES (1, ?)", arguments: [CommandLog.newUUID()])
            if let remote { try db.execute(sql: "UPDATE sync_state SET remote = ? WHERE id = 1", arguments: [remote]) }
            return try Self.syncState(db, path: displayPath)
        }
    }

    /// The commands recorded on this device whose uuid `written` (what its file already holds) lacks, as lines in log
    /// order. Commands an import brought are lines of their own; the import's line carries what it set outside the log.
    public func outgoingLines(excluding written: Set<String>, host: String?) throws -> [SyncLine] {
        try read { db in
            var lines: [SyncLine] = []
            var index: [Int64: Int] = [:]
            let commands = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.uuid, c.recorded_at, c.name, c.arguments, u.uuid
                FROM command c LEFT JOIN command u ON u.id = c.undoes WHERE c.origin IS NULL ORDER BY c.id
                """)
            while let row = try commands.next() {
                let uuid: String = row[1]
                guard !written.contains(uuid) else { continue }
                index[row[0]] = lines.count
                lines.append(SyncLine(
                    command: ProgressBackup.Command(
                        uuid: uuid, recordedAt: row[2], name: row[3], arguments: CommandLog.decodeArguments(row[4]), undoes: row[5], undoneBy: nil),
                    events: [], host: host))
            }
            guard !lines.isEmpty else { return [] }
            // Only the new commands' events, through their index; read by position, as the backup's events are.
            for chunk in index.keys.sorted().chunked(500) {
                let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
                let events = try Row.fetchCursor(db, sql: """
                    SELECT e.command_id, e.uuid, c.uuid, e.at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title, e.withdraws, e.recall
                    FROM event e JOIN command c ON c.id = e.command_id WHERE e.command_id IN (\(placeholders)) ORDER BY e.id
                    """, arguments: StatementArguments(chunk))
                while let row = try events.next() {
                    guard let line = index[row[0]] else { continue }
                    lines[line].events.append(ProgressBackup.Event(
                        uuid: row[1], command: row[2], at: row[3], skill: row[4], kind: row[5], from: row[6], to: row[7],
                        note: row[8], url: row[9], title: row[10], withdraws: row[11], recall: row[12]))
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM enrolment_after ORDER BY command_id, roadmap") {
                guard let line = index[row["command_id"]] else { continue }
                lines[line].enrolments.append(ProgressBackup.Enrolment(
                    roadmap: row["roadmap"], startedAt: row["started_at"], targetStage: row["target_stage"],
                    targetDate: row["target_date"], updatedAt: row["updated_at"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM custom_roadmap_after ORDER BY command_id, id") {
                guard let line = index[row["command_id"]] else { continue }
                guard row["existed"] as Bool, let version = row["version"] as Int?, let source = row["source"] as String? else {
                    lines[line].roadmapsRemoved.append(row["id"])
                    continue
                }
                lines[line].roadmaps.append(ProgressBackup.CustomRoadmap(
                    id: row["id"], version: version, fileName: row["file_name"], source: source,
                    addedAt: row["added_at"], updatedAt: row["updated_at"]))
            }
            return lines
        }
    }

    /// Applies every device file's lines in one transaction; commands already here are skipped, so applying twice
    /// changes nothing. Status, notes, evidence, reviews, enrolments and custom roadmaps are then derived again in the
    /// order every device agrees on. `documents`: the lines' custom roadmaps parsed, by id (used when the version matches).
    /// A line of this device's own file that this database lacks (a copy restored from before it was sent) is taken back.
    @discardableResult
    public func applyIncoming(
        _ batches: [SyncBatch], documents: [String: RoadmapDocument] = [:],
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> SyncReceipt {
        try write { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            let path = displayPath
            var commandIDs: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uuid, id FROM command") { commandIDs[row[0]] = row[1] }
            let presentEvents = Set(try String.fetchAll(db, sql: "SELECT uuid FROM event"))
            let own = try String.fetchOne(db, sql: "SELECT device FROM sync_state WHERE id = 1")

            // Every new command first, so an undo can name a command from any file.
            var added: [(device: Int, line: SyncLine, id: Int64)] = []
            var receipts = batches.map { SyncReceipt.Device(device: $0.device, name: $0.displayName) }
            let insertCommand = try db.makeStatement(sql: """
                INSERT INTO command (uuid, recorded_at, name, arguments, origin, sync_stage) VALUES (?, ?, ?, ?, ?, 2)
                """)
            for (device, batch) in batches.enumerated() {
                for line in batch.lines where commandIDs[line.command.uuid] == nil {
                    let command = line.command
                    guard LogField.time(command.recordedAt) != nil else {
                        throw StoreError.failed(path: path, reason: "command \(command.uuid) from device \(batch.device) has no valid recordedAt")
                    }
                    // A line this device wrote and its database lost is its own again: sendable, undoable.
                    let origin: String? = batch.device == own ? nil : batch.device
                    try insertCommand.execute(arguments: [command.uuid, command.recordedAt, command.name, CommandLog.encode(command.arguments), origin])
                    commandIDs[command.uuid] = db.lastInsertedRowID
                    added.append((device, line, db.lastInsertedRowID))
                    receipts[device].commands += 1
                }
            }
            // Undos link both ways; what they reverted stands no more, so its skills are derived again.
            var skills: Set<String> = []
            var enrolmentRoadmaps: Set<String> = []
            var roadmapIDs: Set<String> = []
            for (device, line, id) in added {
                guard let undoes = line.command.undoes else { continue }
                guard let target = commandIDs[undoes] else {
                    throw StoreError.failed(path: path, reason: "command \(line.command.uuid) undoes \(undoes), which no device file holds")
                }
                try db.execute(sql: "UPDATE command SET undoes = ? WHERE id = ?", arguments: [target, id])
                try CommandLog.markUndone(db, undoneID: target, by: id)
                skills.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT skill FROM event WHERE command_id = ?", arguments: [target]))
                enrolmentRoadmaps.formUnion(try String.fetchAll(db, sql: "SELECT roadmap FROM enrolment_after WHERE command_id = ?", arguments: [target]))
                roadmapIDs.formUnion(try String.fetchAll(db, sql: "SELECT id FROM custom_roadmap_after WHERE command_id = ?", arguments: [target]))
                receipts[device].undos += 1
            }

            let insertEvent = try db.makeStatement(sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws, recall)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let total = added.reduce(0) { $0 + $1.line.events.count }
            var done = 0
            let counted: Set<String> = ["status", "note", "evidence", "review"]
            var inserted: Set<String> = []
            var withdrawals: [(device: Int, event: String, withdraws: String)] = []
            for (device, line, id) in added {
                if line.command.undoes == nil, !line.events.contains(where: { counted.contains($0.kind) }) { receipts[device].others += 1 }
                for event in line.events where !presentEvents.contains(event.uuid) {
                    if done % 1000 == 0 { progress?(done, total) }
                    done += 1
                    guard LogField.eventKind(event.kind) != nil else {
                        throw StoreError.failed(path: path, reason: "event \(event.uuid) from device \(batches[device].device) has an unknown kind '\(event.kind)'")
                    }
                    try insertEvent.execute(arguments: [
                        event.uuid, id, event.at, event.skill, event.kind, event.from, event.to, event.note, event.url, event.title,
                        event.withdraws, event.recall,
                    ])
                    skills.insert(event.skill)
                    inserted.insert(event.uuid)
                    if let withdrawn = event.withdraws { withdrawals.append((device, event.uuid, withdrawn)) }
                    switch HistoryEntry.Kind(rawValue: event.kind) {
                    case .status: receipts[device].marks += 1
                    case .note, .evidence: receipts[device].notes += 1
                    case .review: receipts[device].reviews += 1
                    default: break
                    }
                }
                for enrolment in line.enrolments {
                    try CommandSetting.enrolment.rememberBefore(db, key: enrolment.roadmap, commandID: id)
                    try CommandSetting.enrolment.keep(
                        db, commandID: id, key: enrolment.roadmap,
                        values: [enrolment.startedAt, enrolment.targetStage, enrolment.targetDate, enrolment.updatedAt])
                    enrolmentRoadmaps.insert(enrolment.roadmap)
                }
                for roadmap in line.roadmaps {
                    try CommandSetting.customRoadmap.rememberBefore(db, key: roadmap.id, commandID: id)
                    try CommandSetting.customRoadmap.keep(
                        db, commandID: id, key: roadmap.id,
                        values: [roadmap.version, roadmap.source, roadmap.fileName, roadmap.addedAt, roadmap.updatedAt])
                    roadmapIDs.insert(roadmap.id)
                }
                for removed in line.roadmapsRemoved {
                    try CommandSetting.customRoadmap.rememberBefore(db, key: removed, commandID: id)
                    try CommandSetting.customRoadmap.keep(db, commandID: id, key: removed, values: nil)
                    roadmapIDs.insert(removed)
                }
            }
            // As an import refuses a backup that withdraws an event it does not hold: what sync takes, export and import carry.
            for withdrawal in withdrawals where !presentEvents.contains(withdrawal.withdraws) && !inserted.contains(withdrawal.withdraws) {
                throw StoreError.failed(
                    path: path,
                    reason: "event \(withdrawal.event) from device \(batches[withdrawal.device].device) withdraws \(withdrawal.withdraws), which no device file holds")
            }
            progress?(total, total)
            try DerivedState.follow(db, skills: skills)
            let enrolmentsChanged = try CommandSettings.applyEnrolments(db, roadmaps: enrolmentRoadmaps)
            let roadmapsChanged = try CommandSettings.applyRoadmaps(db, ids: roadmapIDs, documents: documents)
            return SyncReceipt(
                devices: receipts.filter { $0.commands > 0 }, enrolmentsChanged: enrolmentsChanged, roadmapsChanged: roadmapsChanged)
        }
    }

    /// Records that these commands' lines are in this device's file (committed, maybe not pushed yet).
    public func markWritten(_ uuids: [String]) throws {
        try write { db in
            for chunk in uuids.chunked(500) {
                let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
                try db.execute(
                    sql: "UPDATE command SET sync_stage = 1 WHERE sync_stage = 0 AND uuid IN (\(placeholders))", arguments: StatementArguments(chunk))
            }
        }
    }

    /// Records a finished push at `at`: every command written to this device's file reached the remote.
    public func markPushed(at: Date) throws {
        try write { db in
            try db.execute(sql: "UPDATE command SET sync_stage = 2 WHERE sync_stage = 1")
            try db.execute(sql: "UPDATE sync_state SET last_sync_at = ? WHERE id = 1", arguments: [Timestamp.text(at)])
        }
    }

    /// Records that this database holds every line of the device files in git tree `tree` (after it wrote its own),
    /// so the next sync that finds the same tree need not read them again.
    public func markApplied(tree: String?) throws {
        try write { db in try db.execute(sql: "UPDATE sync_state SET applied_tree = ? WHERE id = 1", arguments: [tree]) }
    }

    /// The commands recorded here whose lines are in this device's file, by uuid.
    public func writtenCommands() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT uuid FROM command WHERE origin IS NULL AND sync_stage >= 1")) }
    }
}
