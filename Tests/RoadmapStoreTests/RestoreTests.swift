import Foundation
import GRDB
import RoadmapCore
@testable import RoadmapStore
import Testing

/// An import writes its events without SQLite checking the event table's CHECK constraints again: the backup's check
/// holds every event to them. Every kind, status and recall the check takes must then meet them.
struct RestoreTests {
    static let uuids = (0..<100).map { String(format: "00000000-0000-4000-8000-%012d", $0) }

    /// A backup with an event of every kind, every status change and every recall the check takes.
    static func everyEvent() throws -> ProgressBackup {
        let at = "2026-01-10T09:00:00.000Z"
        let command = ProgressBackup.Command(uuid: uuids[0], recordedAt: at, name: "done", arguments: ["roadmap", "done"], undoes: nil, undoneBy: nil)
        var events: [ProgressBackup.Event] = []
        func event(_ kind: String, from: String? = nil, to: String? = nil, note: String? = nil, url: String? = nil, withdraws: String? = nil, recall: String? = nil) {
            events.append(ProgressBackup.Event(
                uuid: uuids[events.count + 1], command: uuids[0], at: at, skill: "python.numpy", kind: kind, from: from, to: to,
                note: note, url: url, title: nil, withdraws: withdraws, recall: recall))
        }
        for from in SkillStatus.allCases { for to in SkillStatus.allCases { event("status", from: from.rawValue, to: to.rawValue) } }
        for recall in Recall.allCases { event("review", recall: recall.rawValue) }
        event("note", note: "a note")
        event("note_withdrawn", note: "a note", withdraws: events.last!.uuid)
        event("evidence", url: "https://example.org")
        event("evidence_withdrawn", url: "https://example.org", withdraws: events.last!.uuid)
        let backup = ProgressBackup(schemaVersion: ProgressStore.schemaVersion, exportedAt: at, enrolments: [], roadmaps: [], commands: [command], events: events)
        // As import takes it: checked whole.
        return try ProgressBackup.decode(backup.encoded(), knownSchemas: ProgressStore.knownSchemaVersions).backup
    }

    @Test func everyEventTheCheckTakesMeetsTheTablesConstraints() throws {
        let store = try ProgressStore.inMemory()
        let backup = try Self.everyEvent()
        #expect(try store.restore(backup, command: command("import", at: day(1))).eventsAdded == backup.events.count)
        // integrity_check checks every row against the CHECK constraints.
        #expect(try store.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try store.read { try Bool.fetchOne($0, sql: "PRAGMA ignore_check_constraints") } == false)
        // And it would tell: a row against them, written as the import writes.
        try store.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE event SET kind = 'nope' WHERE id = 1")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        #expect(try store.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } != ["ok"])
    }

    /// An export copies each event's text from SQLite's bytes, making no string: it must write what GRDB's strings of
    /// the same rows would, text with a NUL, invalid UTF-8 and other scripts among them.
    @Test func anExportWritesTheEventsGRDBReads() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.restore(try Self.everyEvent(), command: command("import", at: day(1)))
        try store.write { db in
            try db.execute(sql: "UPDATE event SET note = 'déjà vu — ✓' || char(0) || 'after a NUL' WHERE kind = 'note'")
            try db.execute(sql: "UPDATE event SET url = CAST(x'68747470733a2f2fff2e6f7267' AS TEXT), title = 'a \"title\"\n' WHERE kind = 'evidence'")
            try db.execute(sql: "UPDATE event SET skill = CAST(x'c3' AS TEXT) WHERE kind = 'review'")
            // Imports stay out of backups: the restored events count as done by hand.
            try db.execute(sql: "UPDATE command SET name = 'done'")
        }
        let exportedAt = day(2)
        let expected = try store.read { db in
            let events = try Row.fetchAll(db, sql: """
                SELECT e.uuid, c.uuid, e.at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title, e.withdraws, e.recall
                FROM event e JOIN command c ON c.id = e.command_id ORDER BY e.id
                """).map { row in
                ProgressBackup.Event(
                    uuid: row[0], command: row[1], at: row[2], skill: row[3], kind: row[4], from: row[5], to: row[6],
                    note: row[7], url: row[8], title: row[9], withdraws: row[10], recall: row[11])
            }
            return events
        }
        let backup = try store.backup(exportedAt: exportedAt)
        #expect(backup.events == expected)
        #expect(backup.events.contains { $0.note == "déjà vu — ✓" } && backup.events.contains { $0.skill == "\u{FFFD}" })
        var streamed: [UInt8] = []
        try store.readBackup(exportedAt: exportedAt) { parts in try ProgressBackup.write(parts) { streamed += $0 } }
        var written = backup
        written.events = expected
        #expect(Data(streamed) == written.encoded())
    }

    @Test func aRestoreThatFailsLeavesTheConstraintsChecked() throws {
        let store = try ProgressStore.inMemory()
        let backup = try Self.everyEvent()
        struct Stop: Error {}
        #expect(throws: (any Error).self) {
            try store.restore(command: command("import", at: day(1))) { restoring in
                for command in backup.commands { try restoring.add(command) }
                try restoring.add(backup.events[0])
                throw Stop()
            }
        }
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event") } == 0)
        #expect(try store.read { try Bool.fetchOne($0, sql: "PRAGMA ignore_check_constraints") } == false)
    }
}
