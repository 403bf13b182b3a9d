import Foundation
import Testing
@testable import RoadmapCore

@Suite struct ProgressReportTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let today = Day("2026-11-20")!

    /// entry: a, b (needs a), c; mid: d (needs b), e (needs d), f; senior: g (needs e, f).
    static let catalog: Catalog = {
        let text = roadmapYAML(id: "r", stages: ["entry", "mid", "senior"], areas: ["core", "extra"], skills: [
            ("r.a", "entry", "core", []), ("r.b", "entry", "core", ["r.a"]), ("r.c", "entry", "extra", []),
            ("r.d", "mid", "core", ["r.b"]), ("r.e", "mid", "core", ["r.d"]), ("r.f", "mid", "extra", []),
            ("r.g", "senior", "core", ["r.e", "r.f"]),
        ])
        return assemble([("r.yaml", text)]).catalog
    }()

    static func record(_ skill: String, _ status: SkillStatus, daysAgo: Int) -> (String, SkillProgress) {
        (skill, SkillProgress(skill: skill, status: status, since: .instant(today.adding(days: -daysAgo).noon(in: utc)), notes: [], evidence: []))
    }

    func report(_ records: [(String, SkillProgress)], target: String? = nil, by date: String? = nil, stage: String? = nil) throws -> ProgressReport {
        let enrolment = Enrolment(roadmap: "r", startedAt: Date(timeIntervalSince1970: 0), targetStage: target, targetDate: date, updatedAt: Date(timeIntervalSince1970: 0))
        return try ProgressReport(
            Self.catalog.roadmap("r")!, in: Self.catalog, progress: Dictionary(uniqueKeysWithValues: records),
            enrolment: enrolment, stage: stage, today: Self.today, timeZone: Self.utc)
    }

    @Test func countsPerStageAndAreaLeaveSkippedOutOfThePercent() throws {
        let r = try report([Self.record("r.a", .done, daysAgo: 3), Self.record("r.c", .skipped, daysAgo: 3), Self.record("r.d", .learning, daysAgo: 1)])
        let entry = try #require(r.stages.first { $0.id == "entry" })
        #expect((entry.total, entry.done, entry.learning, entry.skipped, entry.todo, entry.percent) == (3, 1, 0, 1, 1, 50))
        let mid = try #require(r.stages.first { $0.id == "mid" })
        #expect((mid.total, mid.done, mid.learning, mid.todo, mid.percent) == (3, 0, 1, 2, 0))
        let extra = try #require(r.areas.first { $0.id == "extra" })
        #expect((extra.total, extra.skipped, extra.percent) == (2, 1, 0))
        #expect(r.progress.total == 7 && r.progress.done == 1)
    }

    @Test func reachedIsTheLastCompleteStageInOrder() throws {
        #expect(try report([]).reached == nil)
        let entryDone = [Self.record("r.a", .done, daysAgo: 30), Self.record("r.b", .done, daysAgo: 20), Self.record("r.c", .skipped, daysAgo: 20)]
        #expect(try report(entryDone).reached == "entry")
        // A complete later stage does not count while an earlier one is open.
        let midOnly = [Self.record("r.d", .done, daysAgo: 1), Self.record("r.e", .done, daysAgo: 1), Self.record("r.f", .done, daysAgo: 1)]
        #expect(try report(midOnly).reached == nil)
        let all = entryDone + midOnly + [Self.record("r.g", .done, daysAgo: 0)]
        let complete = try report(all)
        #expect(complete.reached == "senior")
        #expect(complete.gapStage == nil && complete.gaps.isEmpty)
    }

    @Test func gapToNextStageListsOpenSkillsWithWhatTheyWaitOn() throws {
        let r = try report([Self.record("r.a", .done, daysAgo: 3)])
        #expect(r.gapStage == "entry")
        #expect(r.gaps.map(\.skill) == ["r.b", "r.c"])
        #expect(r.gaps.allSatisfy { $0.waitingOn.isEmpty })
        let toSenior = try report([Self.record("r.a", .done, daysAgo: 3)], stage: "senior")
        #expect(toSenior.gapStage == "senior")
        // Grouped by area: core first, then extra.
        #expect(toSenior.gaps.map(\.skill) == ["r.b", "r.d", "r.e", "r.g", "r.c", "r.f"])
        #expect(toSenior.gaps.first { $0.skill == "r.g" }?.waitingOn == ["r.e", "r.f"])
        #expect(toSenior.gaps.first { $0.skill == "r.d" }?.waitingOn == ["r.b"])
    }

    @Test func targetStageDecidesTheGapUntilReached() throws {
        let r = try report([Self.record("r.a", .done, daysAgo: 3)], target: "mid")
        #expect(r.gapStage == "mid")
        #expect(Set(r.gaps.map(\.skill)) == ["r.b", "r.c", "r.d", "r.e", "r.f"])
        #expect(throws: RoadmapError.self) { try report([], stage: "expert") }
    }

    @Test func nextStepsAreReadySkillsEarliestStageThenMostUnlocks() throws {
        let r = try report([Self.record("r.a", .done, daysAgo: 3)])
        // Ready: b (entry, unlocks d, e, g), c (entry, unlocks none), f (mid, unlocks g).
        #expect(r.next.map(\.skill) == ["r.b", "r.c", "r.f"])
        #expect(r.next.map(\.unlocks) == [3, 0, 1])
        let learning = try report([Self.record("r.a", .done, daysAgo: 3), Self.record("r.f", .learning, daysAgo: 1)])
        #expect(learning.next.first?.skill == "r.f", "what is in progress comes first")
    }

    @Test func paceCountsDoneMarksOfTheLastEightWeeksAndProjects() throws {
        let records = [
            Self.record("r.a", .done, daysAgo: 0), Self.record("r.b", .done, daysAgo: 6),
            Self.record("r.c", .done, daysAgo: 7), Self.record("r.f", .done, daysAgo: 55),
            Self.record("r.d", .done, daysAgo: 56),  // outside the window
        ]
        let r = try report(records, target: "senior", by: "2026-12-31")
        #expect(r.pace.weeks == [1, 0, 0, 0, 0, 0, 1, 2])
        #expect(r.pace.perWeek == 0.5)
        #expect(r.reached == "entry")
        // mid: e open (1 skill) → 2 weeks at 0.5/week; senior: e, g open → 4 weeks.
        #expect(r.pace.projected["mid"] == .some("2026-12-04"))
        #expect(r.pace.projected["senior"] == .some("2026-12-18"))
        #expect(r.pace.projected["entry"] == nil)
        let target = try #require(r.pace.target)
        #expect(target.stage == "senior" && target.projected == "2026-12-18")
        #expect(target.daysAhead == 13)
        #expect(target.neededPerWeek == 0.3)
    }

    @Test func noPaceMeansNoProjection() throws {
        let r = try report([], target: "mid", by: "2027-01-01")
        #expect(r.pace.perWeek == 0)
        #expect(r.pace.projected["entry"] == .some(nil))
        #expect(r.pace.target?.daysAhead == nil)
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        #expect(json.contains("\"entry\":null"))
        #expect(json.contains("\"reached\":null"))
    }
}

@Suite struct ActivityCalendarTests {
    @Test func gridHasSevenRowsOf26WeeksAndShadesByActivity() {
        let today = Day("2026-11-22")!  // a Sunday
        let calendar = ActivityCalendar(counts: [today: 4, today.adding(days: -1): 1, Day("2020-01-01")!: 9], today: today)
        #expect(calendar.firstDay == Day("2026-05-25")!)
        #expect(calendar.firstDay.weekday == 0)
        let lines = calendar.text(in: TextContext(timeZone: .gmt)).split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines[1].hasPrefix("Mon"))
        #expect(lines[7].hasPrefix("Sun") && lines[7].hasSuffix("█"))
        #expect(lines[6].hasPrefix("Sat") && lines[6].hasSuffix("░"))
        #expect(lines[1].split(separator: " ").count == 27)
        #expect(lines[8].contains("5 events on 2 days since 2026-05-25"))
    }

    @Test func dayArithmetic() {
        #expect(Day("2026-03-01")!.adding(days: -1) == Day("2026-02-28")!)
        #expect(Day("2024-12-31")!.adding(days: 1) == Day("2025-01-01")!)
        #expect(Day("2026-11-20")!.weekday == 4)
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("2026-01-01")!.days(until: Day("2026-12-31")!) == 364)
    }
}
