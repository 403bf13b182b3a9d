import Foundation
import GRDB
import RoadmapCore
@testable import RoadmapStore
import Testing

/// `eachActivityEvent` hands the events the history shows as standing (their command neither undone nor an undo), and
/// notes what does not read as the history does, whether it finds their commands by id or reads the log the careful way.
@Suite struct ActivityEventsTests {
    /// a, b, c marked, a noted, b's second mark undone, c dated with `--on`.
    private func sampleStore() throws -> ProgressStore {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.learning, skills: ["a"], at: day(0), note: nil, command: command("learning", "a", at: day(0)))
        _ = try store.markStatus(.done, skills: ["b", "c"], at: day(1), note: "both", command: command("done", "b", "c", at: day(1)))
        try store.addNote(skill: "a", text: "revisit later", command: command("note", "a", at: day(2)))
        _ = try store.markStatus(.learning, skills: ["b"], at: day(3), note: nil, command: command("learning", "b", at: day(3)))
        _ = try store.undoLast(command: command("undo", at: day(4)))
        _ = try store.markStatus(.done, skills: ["c"], on: utcDay(-3), timeZone: .gmt, command: command("done", "c", "--on", at: day(5)))
        return store
    }

    /// What the history shows as standing, one line an event.
    private func standingInHistory(_ store: ProgressStore) throws -> [String] {
        try store.history().filter { $0.kind != .command && !$0.commandUndone && $0.undoes == nil }.map { "\($0.skill) \($0.at)" }.sorted()
    }

    private func activity(_ store: ProgressStore) throws -> [String] {
        var lines: [String] = []
        try store.eachActivityEvent { skill, at in lines.append("\(skill) \(at)") }
        return lines.sorted()
    }

    @Test func theEventsOfCommandsThatStand() throws {
        let store = try sampleStore()
        let lines = try activity(store)
        #expect(lines == (try standingInHistory(store)))
        // learning a, done b and c, the note on a, done c on a day; b's second mark was undone.
        #expect(lines.count == 5 && lines.filter { $0.hasPrefix("b ") }.count == 1, "\(lines)")
        #expect(store.unreadableFields.isEmpty)
    }

    /// An event whose command is not in the log (SQLite's checks were off when a hand edit wrote it) is not in the
    /// history, so it is neither counted nor noted, even when its time does not read.
    @Test func anEventOfNoCommandIsLeftOutUnnoted() throws {
        let store = try sampleStore()
        try store.write(foreignKeys: false) { db in
            try db.execute(sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status)
                VALUES ('orphan', 999, '2026-12-06T25:99:38.968Z', 'z', 'status', 'todo', 'done')
                """)
        }
        #expect(try activity(store) == (try standingInHistory(store)))
        #expect(try !activity(store).contains { $0.hasPrefix("z ") })
        #expect(store.unreadableFields.isEmpty)
    }

    /// A time that does not read leaves its event out and is noted, as the history notes it, also when the event's
    /// command was undone (the history shows undone commands).
    @Test func anEventTimeThatDoesNotReadIsNoted() throws {
        let store = try sampleStore()
        try store.write { db in
            try db.execute(sql: """
                UPDATE event SET at = '2026-12-06T25:99:38.968Z'
                WHERE command_id IN (SELECT id FROM command WHERE undone_by IS NOT NULL) OR note = 'revisit later'
                """)
        }
        let lines = try activity(store)
        let noted = Set(store.unreadableFields.map(\.place))
        #expect(noted.count == 2 && noted.allSatisfy { $0.hasPrefix("event row id = ") && $0.hasSuffix(", field at") }, "\(noted)")
        #expect(lines.count == 4 && !lines.contains("a \(EffectiveTime.instant(day(2)))"), "\(lines)")
        #expect(lines == (try standingInHistory(store)))
        #expect(Set(store.unreadableFields.map(\.place)) == noted)
    }

    /// A command's time that does not read sends the whole pass the careful way, in the agreed order: its events are
    /// left out and it is noted; the others count as before.
    @Test func aCommandTimeThatDoesNotReadIsNoted() throws {
        let store = try sampleStore()
        try store.write { db in
            try db.execute(sql: "UPDATE command SET recorded_at = '2026-01-11T09:00:00' WHERE recorded_at = ?", arguments: [Timestamp.text(day(1))])
        }
        let lines = try activity(store)
        #expect(store.unreadableFields.map(\.place) == ["command row id = 2, field recorded_at"])
        #expect(lines.count == 3 && !lines.contains { $0.hasPrefix("b ") }, "\(lines)")
        #expect(lines == (try standingInHistory(store)))
    }

    /// Command ids too far apart for a bit each (a hand-edited file), or below zero, are read the careful way, to the
    /// same events.
    @Test(arguments: [Int64(5_000_000_000), -7])
    func commandIDsFarApartOrNegativeCountTheSame(id: Int64) throws {
        let store = try sampleStore()
        let before = try activity(store)
        try store.write(foreignKeys: false) { db in
            let last = try #require(try Int64.fetchOne(db, sql: "SELECT max(id) FROM command"))
            try db.execute(sql: "UPDATE command SET id = ? WHERE id = ?", arguments: [id, last])
            try db.execute(sql: "UPDATE event SET command_id = ? WHERE command_id = ?", arguments: [id, last])
        }
        #expect(try activity(store) == before)
        #expect(before == (try standingInHistory(store)))
        #expect(store.unreadableFields.isEmpty)
    }
}
