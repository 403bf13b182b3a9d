import Foundation
import RoadmapCore
import RoadmapStore
import Testing

@Suite struct HistoryTests {
    /// a: learning (day 0) → done (day 2); b: done (day 1); note on a (day 3).
    private func sampleStore() throws -> ProgressStore {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.learning, skills: ["a"], at: day(0), note: nil, command: command("learning", "a", at: day(0)))
        _ = try store.markStatus(.done, skills: ["b"], at: day(1), note: nil, command: command("done", "b", at: day(1)))
        _ = try store.markStatus(.done, skills: ["a"], at: day(2), note: "passed", command: command("done", "a", at: day(2)))
        try store.addNote(skill: "a", text: "revisit later", command: command("note", "a", at: day(3)))
        return store
    }

    @Test func newestFirstWithTheirCommands() throws {
        let history = try sampleStore().history()
        #expect(history.map(\.kind) == [.note, .status, .status, .status])
        #expect(history.map(\.skill) == ["a", "a", "b", "a"])
        #expect(history.map(\.id) == history.map(\.id).sorted(by: >))
        let done = history[1]
        #expect(done.from == .learning)
        #expect(done.to == .done)
        #expect(done.note == "passed")
        #expect(done.commandName == "done")
        #expect(done.commandArguments == ["done", "a"])
        #expect(done.at == .instant(day(2)))
        #expect(done.recordedAt == day(2))
        #expect(!done.commandUndone)
        #expect(done.undoes == nil)
        #expect(history[0].note == "revisit later")
        #expect(history[0].from == nil)
    }

    @Test func filtersBySkillSinceAndLimit() throws {
        let store = try sampleStore()
        #expect(try store.history(skill: "b").map(\.commandName) == ["done"])
        #expect(try store.history(since: utcDay(2), timeZone: .gmt).map(\.at) == [.instant(day(3)), .instant(day(2))])
        #expect(try store.history(since: utcDay(1), timeZone: .gmt, skill: "a").map(\.at) == [.instant(day(3)), .instant(day(2))])
        #expect(try store.history(limit: 1).map(\.kind) == [.note])
        #expect(try store.history(limit: 0).isEmpty)
        #expect(try store.history(skill: "unknown").isEmpty)
    }

    @Test func sinceUsesTheEffectiveTime() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(-10), note: nil, command: command("done", "a", at: day(0)))
        #expect(try store.history(since: utcDay(-1), timeZone: .gmt).isEmpty)
        #expect(try store.history(since: utcDay(-10), timeZone: .gmt).count == 1)
    }

    /// The whole log is read in one pass (commands with their events, or alone); a limit or a skill reads events
    /// and commands without events apart and merges them. Both give the same entries in the same order.
    @Test func theWholeLogInOnePassIsTheMergedRead() throws {
        let store = try sampleStore()
        _ = try store.enrol(roadmap: "python", targetStage: nil, targetDate: nil, command: command("start", "python", at: day(4)))
        _ = try store.markStatus(.done, skills: ["c"], on: utcDay(-3), timeZone: .gmt, command: command("done", "c", "--on", at: day(5)))
        // A day corrected: the status stays, so when it counted from is read (`sinceBefore`) in the agreed order.
        _ = try store.markStatus(.done, skills: ["b"], on: utcDay(0), timeZone: .gmt, command: command("done", "b", "--on", at: day(5, hour: 10)))
        _ = try store.markStatus(.learning, skills: ["c", "d"], at: day(6), note: nil, command: command("learning", "c", "d", at: day(6)))
        _ = try store.enrol(roadmap: "sql", targetStage: nil, targetDate: nil, command: command("start", "sql", at: day(7)))
        let whole = try store.history()
        #expect(whole.contains { $0.kind == .command })
        #expect(whole.contains { $0.sinceBefore != nil })
        #expect(whole.contains { if case .day = $0.at { true } else { false } })
        #expect(whole == (try store.history(limit: 1_000)))
        for since in [-3, 3, 5, 7] {
            #expect(try store.history(since: utcDay(since), timeZone: .gmt) == store.history(since: utcDay(since), timeZone: .gmt, limit: 1_000))
        }
    }
}
