import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Reverts the newest command that is neither an undo nor already undone, as one new "undo" command.
    /// Its status changes are compensated by new status events (the log stays append-only);
    /// its notes and evidence stop counting. Repeated undos walk further back; an undo is never undone.
    /// Throws `StoreError.nothingToUndo` when no such command is left.
    public func undoLast(command: CommandInfo) throws -> UndoResult {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, name, arguments, recorded_at FROM command
                WHERE undoes IS NULL AND undone_by IS NULL
                ORDER BY id DESC LIMIT 1
                """)
            else { throw StoreError.nothingToUndo }
            let undone = RecordedCommand(
                id: try row.decode(atIndex: 0),
                name: try row.decode(atIndex: 1),
                arguments: CommandLog.decodeArguments(try row.decode(atIndex: 2)),
                recordedAt: try CommandLog.date(row.decode(atIndex: 3), path: displayPath))

            let undoID = try CommandLog.recordCommand(db, command, undoes: undone.id)
            try db.execute(sql: "UPDATE command SET undone_by = ? WHERE id = ?", arguments: [undoID, undone.id])

            var changes: [StatusChange] = []
            var notesWithdrawn = 0, evidenceWithdrawn = 0
            // Newest first, so a skill changed twice by one command ends where it started.
            let events = try Row.fetchAll(db, sql: """
                SELECT skill, kind, from_status, note, url, title FROM event
                WHERE command_id = ? ORDER BY id DESC
                """, arguments: [undone.id])
            for event in events {
                let skill: String = try event.decode(atIndex: 0)
                let note: String? = try event.decode(atIndex: 3)
                let url: String? = try event.decode(atIndex: 4)
                let title: String? = try event.decode(atIndex: 5)
                switch HistoryEntry.Kind(rawValue: try event.decode(atIndex: 1)) {
                case .status:
                    if note != nil { notesWithdrawn += 1 }
                    guard let back = SkillStatus(rawValue: try event.decode(atIndex: 2)) else {
                        throw StoreError.corrupt(path: displayPath)
                    }
                    let current = try CommandLog.currentStatus(db, skill: skill)
                    guard current != back else { continue }
                    try CommandLog.recordEvent(
                        db, commandID: undoID, at: command.at, skill: skill, kind: .status, from: current, to: back)
                    changes.append(StatusChange(skill: skill, from: current, to: back))
                case .note:
                    notesWithdrawn += 1
                    // Logged so the withdrawal shows in history.
                    try CommandLog.recordEvent(
                        db, commandID: undoID, at: command.at, skill: skill, kind: .noteWithdrawn, note: note)
                case .evidence:
                    evidenceWithdrawn += 1
                    try CommandLog.recordEvent(
                        db, commandID: undoID, at: command.at, skill: skill, kind: .evidenceWithdrawn,
                        url: url, title: title)
                case .noteWithdrawn, .evidenceWithdrawn, nil:
                    // Only undo commands withdraw, and undo commands are never undone.
                    throw StoreError.corrupt(path: displayPath)
                }
            }
            // Reported in the reverted command's own order.
            return UndoResult(
                undone: undone, changes: changes.reversed(),
                notesWithdrawn: notesWithdrawn, evidenceWithdrawn: evidenceWithdrawn)
        }
    }
}
