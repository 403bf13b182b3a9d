import Foundation
import GRDB
import RoadmapCore
import Testing
@testable import RoadmapStore

/// Notes and evidence are read in row order, with no sort of them all; each skill's must still come oldest first in
/// the agreed order (`LogOrder`), whatever order their rows were stored in.
@Suite struct NoteOrderTests {
    /// What SQLite's sort in the agreed order gives: the order every read of notes kept before.
    static func sorted(_ store: ProgressStore, skill: String, kind: String, column: String) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT e.\(column) FROM event e JOIN command c ON c.id = e.command_id
                WHERE e.skill = ? AND e.kind = ? ORDER BY c.recorded_at, c.uuid, e.id
                """, arguments: [skill, kind])
        }
    }

    @Test func rowsStoredOutOfTheAgreedOrderReadInIt() throws {
        let store = try ProgressStore.inMemory()
        try store.addNote(skill: "a", text: "n1", command: command("note", "a", at: day(1)))
        try store.addEvidence(skill: "a", url: "https://example.org/2", title: nil, command: command("evidence", "a", at: day(2)))
        try store.addNote(skill: "b", text: "b only", command: command("note", "b", at: day(3)))
        try store.addNote(skill: "a", text: "n4", command: command("note", "a", at: day(4)))
        try store.addEvidence(skill: "a", url: "https://example.org/5", title: "five", command: command("evidence", "a", at: day(5)))
        try store.addNote(skill: "a", text: "n6", command: command("note", "a", at: day(6)))
        try store.addNote(skill: "a", text: "n7", command: command("note", "a", at: day(7)))
        // As commands arriving by sync are stored: later rows recorded earlier, and two commands of one instant (their uuids decide).
        try store.write { db in
            let times = try String.fetchAll(db, sql: "SELECT recorded_at FROM command ORDER BY id")
            for (id, time) in zip(1..., [times[5], times[6], times[2], times[0], times[1], times[3], times[3]]) {
                try db.execute(sql: "UPDATE command SET recorded_at = ? WHERE id = ?", arguments: [time, id])
            }
        }
        let progress = try store.progress()
        let notes = try Self.sorted(store, skill: "a", kind: "note", column: "note")
        let evidence = try Self.sorted(store, skill: "a", kind: "evidence", column: "url")
        #expect(notes.first == "n4" && Set(notes) == ["n1", "n4", "n6", "n7"])
        #expect(progress["a"]?.notes.map(\.text) == notes)
        #expect(progress["a"]?.evidence.map(\.url) == evidence && evidence == ["https://example.org/5", "https://example.org/2"])
        #expect(progress["b"]?.notes.map(\.text) == ["b only"])
        #expect(try store.progress(of: ["a"])["a"] == progress["a"])
    }

    @Test func rowsStoredInTheAgreedOrderReadInIt() throws {
        let store = try ProgressStore.inMemory()
        for (index, skill) in ["a", "b", "a", "c", "a", "b"].enumerated() {
            try store.addNote(skill: skill, text: "note \(index)", command: command("note", skill, at: day(index)))
        }
        try store.addNote(skill: "a", text: "note 6", command: command("note", "a", at: day(6)))
        _ = try store.markStatus(.done, skills: ["a", "b"], at: day(7), note: "both", command: command("done", "a", "b", at: day(7)))
        let progress = try store.progress()
        for skill in ["a", "b", "c"] {
            let notes = try Self.sorted(store, skill: skill, kind: "note", column: "note") + (skill == "c" ? [] : ["both"])
            #expect(progress[skill]?.notes.map(\.text) == notes, "\(skill)")
        }
        #expect(progress["a"]?.notes.map(\.text) == ["note 0", "note 2", "note 4", "note 6", "both"])
    }
}
