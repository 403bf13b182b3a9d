import Foundation
import RoadmapCore
import RoadmapStore
import Testing

@Suite struct LargeLogTests {
    /// Over 10,000 events on 500 skills: progress and history stay correct at size.
    @Test func tenThousandEvents() throws {
        let store = try ProgressStore.inMemory()
        let skills = (0..<500).map { "area\($0 % 10).skill\($0)" }
        let cycle: [SkillStatus] = [.learning, .done, .todo, .skipped]
        var expected: [String: SkillStatus] = [:]
        // Consecutive statuses in the cycle differ, so every marking is a real change: 20 × 500 status events.
        for round in 0..<20 {
            let changes = try store.markStatus(
                cycle[round % cycle.count], skills: skills, at: day(round), note: nil, command: command("mark", at: day(round)))
            for change in changes { expected[change.skill] = change.to }
        }
        let everyThird = skills.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        for change in try store.markStatus(.learning, skills: everyThird, at: day(20), note: nil, command: command("learning")) {
            expected[change.skill] = change.to
        }
        for index in 0..<2_000 {
            try store.addNote(skill: skills[index % skills.count], text: "note \(index)", command: command("note", at: day(21)))
        }
        let history = try store.history()
        #expect(history.count == 10_000 + everyThird.count + 2_000)
        #expect(history.map(\.id) == history.map(\.id).sorted(by: >))

        let progress = try store.progress()
        #expect(progress.count == skills.count)
        for skill in skills {
            #expect(progress[skill]?.status == expected[skill] ?? .todo)
            #expect(progress[skill]?.notes.count == 4)
        }
        #expect(try store.history(skill: skills[7]).allSatisfy { $0.skill == skills[7] })
        #expect(try store.history(since: utcDay(21), timeZone: .gmt).count == 2_000)
        #expect(Set(progress.values.map(\.status)) == [.skipped, .learning])
        #expect(try store.history(limit: 10).count == 10)
    }
}
