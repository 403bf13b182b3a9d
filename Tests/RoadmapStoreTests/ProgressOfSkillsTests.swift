import Foundation
import GRDB
import RoadmapCore
import Testing
@testable import RoadmapStore

/// A command about one skill reads that skill's rows only; what it reads must be what the whole read says of it.
@Suite struct ProgressOfSkillsTests {
    static let aliases = SkillAliases(["team.old": "team.new", "team.c": "team.oncall"])

    /// A copy of a fixture from an older release, upgraded by opening it; the folder holds it while the test runs.
    static func upgraded(_ fixture: String) throws -> (TemporaryFolder, ProgressStore) {
        let folder = try TemporaryFolder()
        let path = try folder.copy(fixture: fixture)
        return (folder, try ProgressStore(path: path))
    }

    @Test(arguments: ["schema-003", "schema-004", "builtins-v2"])
    func oneSkillReadsAsTheWholeReadSaysOfIt(fixture: String) throws {
        let (folder, store) = try Self.upgraded(fixture)
        defer { withExtendedLifetime(folder) {} }
        let whole = try store.progress(aliases: Self.aliases)
        let statuses = try store.progress(includingNotes: false, aliases: Self.aliases)
        #expect(whole.contains { !$0.value.notes.isEmpty })
        for skill in Set(whole.keys).union(["team.new", "team.oncall", "nowhere.at-all"]) {
            let one = try store.progress(aliases: Self.aliases, of: [skill])
            #expect(one[skill] == whole[skill], "\(fixture): \(skill)")
            #expect(Set(one.keys).isSubset(of: [skill]))
            let status = try store.progress(includingNotes: false, aliases: Self.aliases, of: [skill])
            #expect(status[skill] == statuses[skill], "\(fixture): \(skill)")
        }
        let several = Array(whole.keys.sorted().prefix(3))
        let three = try store.progress(aliases: Self.aliases, of: several)
        #expect(three == whole.filter { several.contains($0.key) })
    }

    /// What `show` reads: the skills with a mark, a note or evidence, each as the whole read says of it; every skill
    /// left out reads there as one never marked.
    @Test(arguments: ["schema-003", "schema-004", "builtins-v2"])
    func theMarkedSkillsReadAsTheWholeReadSaysOfThem(fixture: String) throws {
        let (folder, store) = try Self.upgraded(fixture)
        defer { withExtendedLifetime(folder) {} }
        let whole = try store.progress(aliases: Self.aliases)
        let marked = try store.progress(aliases: Self.aliases, everyRecordedSkill: false)
        #expect(!marked.isEmpty)
        #expect(marked == whole.filter { marked[$0.key] != nil })
        for (skill, progress) in whole where marked[skill] == nil {
            #expect(progress.status == .todo && progress.since == nil && progress.notes.isEmpty && progress.evidence.isEmpty, "\(fixture): \(skill)")
        }
    }

    /// A former id's mark and the current id's, either newer: the review log, which reads only done marks and those of
    /// skills with former ids, weighs them as progress does.
    @Test(arguments: [SkillStatus.done, .learning, .skipped])
    func theReviewLogWeighsAFormerIdsMarkAsProgressDoes(current: SkillStatus) throws {
        for formerFirst in [true, false] {
            let store = try ProgressStore.inMemory()
            let marks = [("team.old", SkillStatus.done), ("team.new", current), ("team.b", .done), ("team.c", .learning)]
            for (offset, (skill, status)) in (formerFirst ? marks : [marks[1], marks[0], marks[2], marks[3]]).enumerated() {
                _ = try store.markStatus(status, skills: [skill], at: day(offset), note: nil, command: command(status.rawValue, skill, at: day(offset)))
            }
            let log = try store.reviewLog(aliases: Self.aliases, timeZone: .gmt)
            let progress = try store.progress(includingNotes: false, aliases: Self.aliases)
            #expect(try store.reviewLog(aliases: Self.aliases, timeZone: .gmt, progress: progress) == log)
            let newer = formerFirst ? current : .done
            #expect(Set(log.tracks.map(\.skill)) == (newer == .done ? ["team.new", "team.b"] : ["team.b"]), "\(current), former first: \(formerFirst)")
        }
    }

    @Test(arguments: ["schema-003", "schema-004", "builtins-v2"])
    func theReviewLogFromProgressJustReadIsTheSame(fixture: String) throws {
        let (folder, store) = try Self.upgraded(fixture)
        defer { withExtendedLifetime(folder) {} }
        let read = try store.reviewLog(aliases: Self.aliases, timeZone: .gmt)
        let statuses = try store.progress(includingNotes: false, aliases: Self.aliases)
        let withNotes = try store.progress(aliases: Self.aliases)
        #expect(try store.reviewLog(aliases: Self.aliases, timeZone: .gmt, progress: statuses) == read)
        #expect(try store.reviewLog(aliases: Self.aliases, timeZone: .gmt, progress: withNotes) == read)
    }
}
