import Foundation
import GRDB
import RoadmapCore
@testable import RoadmapStore
import Testing

/// The store alone keeps each skill's standing mark (schema 008 dropped the trigger that also did), equal after every
/// write to what the log says when worked out again.
@Suite struct DerivedStateTests {
    /// Everything a command reads from a store, as text, so two stores compare whole.
    static func reads(_ store: ProgressStore) throws -> String {
        let progress = try store.progress(aliases: SkillAliases(["team.old": "team.new", "team.c": "team.oncall"]))
        let backup = try store.backup(exportedAt: day(0))
        return [
            progress.keys.sorted().map { "\($0) \(progress[$0]!)" }.joined(separator: "\n"),
            try store.history().map { "\($0.id) \($0.kind) \($0.skill) \(String(describing: $0.to)) \($0.commandName) \($0.commandUndone)" }.joined(separator: "\n"),
            try store.enrolments().map { "\($0)" }.joined(separator: "\n"),
            try store.customRoadmaps().map { "\($0.id) \($0.version) \($0.document != nil) \($0.fileName)" }.joined(separator: "\n"),
            "\(backup.commands.count) commands, \(backup.events.count) events",
            try store.reviewLog(timeZone: .gmt).tracks.sorted { $0.skill < $1.skill }.map { "\($0)" }.joined(separator: "\n"),
        ].joined(separator: "\n--\n")
    }

    @Test(arguments: ["schema-003", "schema-004", "builtins-v2"])
    func aSchema007DatabaseUpgradesAndReadsTheSame(fixture: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.copy(fixture: fixture)
        // As the release before this one left it: every migration up to 007.
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "007_sync")
        let keptBefore = try queue.read { try Row.fetchAll($0, sql: "SELECT skill, event_id FROM skill_state ORDER BY skill") }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") } == ["skill_state_follows_status"])
        try queue.close()
        // What it read, by this build's reading, which needs the mark beside each kept event (schema 010): on a copy
        // given it by 010's own SQL alone, so the upgrade's steps between stay out of it.
        let copyPath = folder.path("before.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copyPath)
        let copy = try DatabaseQueue(path: copyPath)
        let carriesMark = try #require(MigrationFiles.files.first { $0.name == "010_skill_state_carries_mark.sql" })
        try copy.write { try $0.execute(sql: carriesMark.contents) }
        let before = try Self.reads(ProgressStore(dbQueue: copy, path: copyPath))
        try copy.close()

        let store = try ProgressStore(path: path)
        #expect(store.upgrade?.from == 7 && store.upgrade?.to == Schema.identifiers.count)
        #expect(try Self.reads(store) == before)
        let kept = try store.read { try Row.fetchAll($0, sql: "SELECT skill, event_id FROM skill_state ORDER BY skill") }
        #expect(kept == keptBefore)
        // Only the one that copies a hand edit of an event's status or time (schema 010): which event stands is the store's.
        #expect(try store.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") } == ["skill_state_follows_event_edit"])
        #expect(try store.derivedStateDrift() == [])
        // Schema 010 gave each kept mark its event's status and time.
        #expect(try store.read { try Int.fetchOne($0, sql: """
            SELECT count(*) FROM skill_state s JOIN event e ON e.id = s.event_id
            WHERE s.to_status IS NOT e.to_status OR s.at IS NOT e.at
            """) } == 0)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM skill_state WHERE to_status IS NULL OR at IS NULL") } == 0)

        // With no trigger, the store keeps the mark as it records and undoes.
        let skill = try #require(try store.progress().filter { $0.value.status != .skipped }.keys.sorted().first)
        try store.markStatus(.skipped, skills: [skill], command: command("skip", skill, at: day(40)))
        #expect(try store.progress()[skill]?.status == .skipped)
        #expect(try store.derivedStateDrift() == [])
        try store.undoLast(command: command("undo", at: day(41)))
        #expect(try Self.reads(store).components(separatedBy: "\n--\n").first == before.components(separatedBy: "\n--\n").first)
        #expect(try store.derivedStateDrift() == [])
    }

    @Test func keptMarksFollowEveryWriteThatChangesWhatStands() throws {
        let store = try ProgressStore.inMemory()
        var drift: [String] { (try? store.derivedStateDrift()) ?? ["unreadable"] }
        try store.markStatus(.done, skills: ["a", "b"], at: day(1), note: nil, command: command("done", "a", "b"))
        #expect(drift == [])
        try store.markStatus(.learning, skills: ["a"], at: day(2), note: nil, command: command("learning", "a"))
        try store.recordReviews(skills: ["b"], recall: .forgot, timeZone: .gmt, command: command("reviewed", "b", at: day(3)))
        #expect(try store.progress()["b"]?.status == .learning)
        #expect(drift == [])
        try store.undoLast(command: command("undo", at: day(4)))
        #expect(try store.progress()["b"]?.status == .done)
        #expect(drift == [])

        // An import, and undoing it.
        let other = try ProgressStore.inMemory()
        try other.markStatus(.skipped, skills: ["a", "c"], at: day(5), note: nil, command: command("skip", "a", "c"))
        try store.restore(try other.backup(exportedAt: day(6)), command: command("import", "x.json", at: day(6)))
        #expect(try store.progress()["c"]?.status == .skipped && drift == [])
        try store.undoLast(command: command("undo", at: day(7)))
        #expect(try store.progress()["c"]?.status ?? .todo == .todo && drift == [])

        // Lines from another device, one of them undoing a command that was here.
        let device = try #require(try store.prepareSync(remote: "repo").device)
        try other.applyIncoming([SyncBatch(device: device, lines: try store.outgoingLines(excluding: [], host: nil))])
        try other.undoLast(command: command("undo", at: day(8)))
        let otherDevice = try #require(try other.prepareSync(remote: "repo").device)
        try store.applyIncoming([SyncBatch(device: otherDevice, lines: try other.outgoingLines(excluding: [], host: nil))])
        #expect(drift == [])

        // A repair by hand of a deciding event's time (doctor gives one) is what the kept mark then says.
        try store.write { db in
            try db.execute(sql: "UPDATE event SET at = '2026-02-03T04:05:06.000Z' WHERE id = (SELECT event_id FROM skill_state WHERE skill = 'b')")
        }
        #expect(drift == [])
        #expect(try store.progress()["b"]?.since == LogField.eventTime("2026-02-03T04:05:06.000Z"))

        // The check sees a kept mark the log does not explain.
        try store.write { db in try db.execute(sql: "DELETE FROM skill_state WHERE skill = 'a'") }
        #expect(drift.count == 1 && drift.first?.hasPrefix("skill_state of a: event none") == true, "\(drift)")
        // And a kept mark whose status or time is not its event's.
        try store.write { db in try db.execute(sql: "DELETE FROM skill_state") }
        try store.write { db in try DerivedState.rebuild(db) }
        #expect(drift == [])
        try store.write { db in try db.execute(sql: "UPDATE skill_state SET to_status = 'todo' WHERE skill = 'b'") }
        try store.write { db in try db.execute(sql: "UPDATE skill_state SET at = '2026-01-01' WHERE skill = 'a'") }
        #expect(drift.count == 2 && drift.allSatisfy { $0.contains("the log says event") }, "\(drift)")
    }
}
