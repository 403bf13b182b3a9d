import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Reverts the newest command that still stands (neither an undo nor undone, nor brought by an import), as one
    /// new "undo" command, restoring exactly the state before it: each skill's status and the day it took effect,
    /// notes, evidence, enrolments and custom roadmaps. An undone import's commands and events are removed.
    /// The log keeps the reverted command, marked undone, and the undo's own events for history. Repeated undos
    /// walk further back; an undo is never undone. With `dryRun`, works it all out and writes nothing.
    /// Throws `StoreError.nothingToUndo` when no such command is left.
    @discardableResult
    public func undoLast(command: CommandInfo, aliases: SkillAliases = .none, dryRun: Bool = false) throws -> UndoResult {
        try write(rollback: dryRun) { db in
            let path = displayPath
            guard let newest = try CommandRow.newestUndoable(db) else { throw StoreError.nothingToUndo }
            // Other devices hold what a sent import brought as commands of their own: undoing it here would part them.
            if newest.name == "import", newest.syncStage > 0 {
                throw StoreError.importSynced(arguments: CommandLog.decodeArguments(newest.arguments))
            }
            let undone = try newest.recorded(path: path)

            // An import's own commands, and the commands here that its undos had reverted, change standing too.
            let imported = try Int64.fetchAll(db, sql: "SELECT id FROM command WHERE imported_by = ?", arguments: [undone.id])
            var touched = try String.fetchAll(db, sql: "SELECT DISTINCT skill FROM event WHERE command_id = ?", arguments: [undone.id])
            if !imported.isEmpty {
                touched += try String.fetchAll(db, sql: """
                    SELECT DISTINCT e.skill FROM event e JOIN command c ON c.id = e.command_id
                    WHERE c.imported_by = ?1 OR c.undone_by IN (SELECT id FROM command WHERE imported_by = ?1)
                    """, arguments: [undone.id])
            }
            let skills = Array(Set(touched.map(aliases.current))).sorted()
            let recordedIDs = Set(skills.flatMap(aliases.recordedIDs(of:)) + touched)
            let before = try StandingMarks.byCurrentID(db, skills: skills, aliases: aliases, unreadable: unreadable)
            let enrolmentsBefore = try Dictionary(uniqueKeysWithValues: enrolmentList(db).map { ($0.roadmap, $0) })

            let undoID = try CommandLog.recordCommand(db, command, undoes: undone.id)
            try CommandLog.markUndone(db, undoneID: undone.id, by: undoID)

            var eventsRemoved = 0
            if !imported.isEmpty {
                eventsRemoved = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM event WHERE command_id IN (SELECT id FROM command WHERE imported_by = ?)
                    """, arguments: [undone.id]) ?? 0
                try db.execute(sql: "DELETE FROM event WHERE command_id IN (SELECT id FROM command WHERE imported_by = ?)", arguments: [undone.id])
                try db.execute(sql: """
                    UPDATE command SET undone_by = NULL WHERE imported_by IS NOT ?1
                      AND undone_by IN (SELECT id FROM command WHERE imported_by = ?1)
                    """, arguments: [undone.id])
                // Only the few imported undos and undone commands link others; rewriting every imported row took seconds.
                try db.execute(sql: """
                    UPDATE command SET undoes = NULL, undone_by = NULL
                    WHERE imported_by = ? AND (undoes IS NOT NULL OR undone_by IS NOT NULL)
                    """, arguments: [undone.id])
                try db.execute(sql: "DELETE FROM command WHERE imported_by = ?", arguments: [undone.id])
            }
            let (restoredEnrolments, roadmaps) = try CommandSettings.deriveAfterUndo(db, of: undone.id)
            try DerivedState.follow(db, skills: recordedIDs)

            // The undo's own events say in history what it changed; they never decide a status.
            let after = try StandingMarks.byCurrentID(db, skills: skills, aliases: aliases, unreadable: unreadable)
            let at = EffectiveTime.instant(command.at)
            var changes: [StatusChange] = []
            for skill in skills where before[skill] != after[skill] {
                let from = before[skill], to = after[skill]
                let change = StatusChange(
                    skill: skill, from: from?.status ?? .todo, to: to?.status ?? .todo, fromSince: from?.since, toSince: to?.since)
                try CommandLog.recordEvent(db, commandID: undoID, at: at, skill: skill, kind: .status, from: change.from, to: change.to)
                changes.append(change)
            }

            var counts = (notesWithdrawn: 0, evidenceWithdrawn: 0, notesRestored: 0, evidenceRestored: 0)
            for event in try EventRow.recorded(by: undone.id).fetchAll(db) {
                let (uuid, skill, note, url, title) = (event.uuid, aliases.current(event.skill), event.note, event.url, event.title)
                switch HistoryEntry.Kind(rawValue: event.kind) {
                case .status:
                    guard let note else { continue }
                    counts.notesWithdrawn += 1
                    try CommandLog.recordEvent(db, commandID: undoID, at: at, skill: skill, kind: .noteWithdrawn, note: note, withdraws: uuid)
                case .note:
                    counts.notesWithdrawn += 1
                    try CommandLog.recordEvent(db, commandID: undoID, at: at, skill: skill, kind: .noteWithdrawn, note: note, withdraws: uuid)
                case .evidence:
                    counts.evidenceWithdrawn += 1
                    try CommandLog.recordEvent(
                        db, commandID: undoID, at: at, skill: skill, kind: .evidenceWithdrawn, url: url, title: title, withdraws: uuid)
                case .noteWithdrawn:
                    counts.notesRestored += 1
                case .evidenceWithdrawn:
                    counts.evidenceRestored += 1
                case .review:
                    // The schedule reads only reviews of standing commands; a forgot's status event is undone above.
                    continue
                case .command, nil:
                    throw StoreError.corrupt(path: path)
                }
            }
            let enrolmentsAfter = try Dictionary(uniqueKeysWithValues: enrolmentList(db).map { ($0.roadmap, $0) })
            return UndoResult(
                undone: undone, changes: changes,
                notesWithdrawn: counts.notesWithdrawn, evidenceWithdrawn: counts.evidenceWithdrawn,
                notesRestored: counts.notesRestored, evidenceRestored: counts.evidenceRestored,
                enrolments: restoredEnrolments.map { EnrolmentRestore(roadmap: $0, from: enrolmentsBefore[$0], to: enrolmentsAfter[$0]) },
                roadmaps: try roadmaps.map { id in
                    RoadmapRestore(id: id, version: try Int.fetchOne(db, sql: "SELECT version FROM custom_roadmap WHERE id = ?", arguments: [id]))
                },
                importedCommandsRemoved: imported.count, importedEventsRemoved: eventsRemoved)
        }
    }
}
