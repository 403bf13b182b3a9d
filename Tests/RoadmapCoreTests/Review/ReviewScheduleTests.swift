import PropertyBased
import Testing
@testable import RoadmapCore

/// The schedule on a fixture history: the ladder, hard and easy, forgot, and the spread of back-dated skills.
@Suite struct ReviewScheduleTests {
    func day(_ text: String) -> Day { Day(text)! }
    func review(_ skill: String, _ text: String, _ recall: Recall = .good) -> ReviewRecord {
        ReviewRecord(skill: skill, day: day(text), recall: recall)
    }

    @Test func goodReviewsDoubleTheIntervalUpToSixteenMonths() {
        // Each review on the day it falls due: 14 days, then about 1, 2, 4, 8 and 16 months, then 16 again.
        var reviews: [ReviewRecord] = []
        var from = day("2026-01-01")
        for interval in [14, 30, 60, 120, 240, 480, 480] {
            let log = ReviewLog(tracks: [ReviewTrack(skill: "a", doneOn: day("2026-01-01"), reviews: reviews)], firstReview: day("2026-01-01"))
            let entry = ReviewSchedule(log, today: day("2026-01-01")).entries[0]
            #expect(entry.interval == interval && entry.due == from.adding(days: interval), "after \(reviews.count) reviews: \(entry)")
            #expect(entry.lastReviewed == reviews.last?.day && entry.reviews == reviews.count)
            from = entry.due
            reviews.append(review("a", from.description))
        }
        #expect(reviews.map(\.day.description).prefix(3) == ["2026-01-15", "2026-02-14", "2026-04-15"])
    }

    @Test func hardKeepsTheIntervalEasySkipsAStepForgotStartsOver() {
        let done = day("2026-01-01")
        func entry(_ recalls: [Recall]) -> ReviewDue {
            let reviews = recalls.enumerated().map { review("a", day("2026-02-01").adding(days: $0.offset).description, $0.element) }
            return ReviewSchedule(ReviewLog(tracks: [ReviewTrack(skill: "a", doneOn: done, reviews: reviews)], firstReview: done), today: done)
                .entries[0]
        }
        #expect(entry([.hard]).interval == 14)
        #expect(entry([.good, .hard]).interval == 30)
        #expect(entry([.easy]).interval == 60)
        #expect(entry([.good, .easy]).interval == 120)
        #expect(entry([.easy, .easy, .easy, .easy]).interval == 480)
        #expect(entry([.good, .good, .forgot]).interval == 14)
        #expect(entry([.good, .hard]).due == day("2026-02-02").adding(days: 30))
    }

    @Test func backDatedSkillsAreSpreadFromTheFirstReviewOldestFirst() {
        // Seven skills back-dated to last year, one done recently; nobody has reviewed yet.
        let old = (1...7).map { ReviewTrack(skill: "old\($0)", doneOn: day("2025-06-0\(8 - $0)"), reviews: []) }
        let recent = ReviewTrack(skill: "recent", doneOn: day("2026-03-10"), reviews: [])
        let today = day("2026-03-20")
        let schedule = ReviewSchedule(ReviewLog(tracks: old + [recent], firstReview: nil), today: today)
        #expect(schedule.due(on: today).map(\.skill) == ["old5", "old6", "old7"], "a few a day, oldest done first")
        #expect(schedule.due(on: today.adding(days: 1)).count == 6)
        #expect(schedule.entry(for: "old1")?.due == day("2026-03-22"))
        #expect(schedule.entry(for: "recent")?.due == day("2026-03-24"), "not overdue: its own day")
        // Once reviewing began, the spread counts from that day, whatever today is.
        let started = ReviewLog(tracks: old + [recent], firstReview: day("2026-03-18"))
        let later = ReviewSchedule(started, today: day("2026-04-30"))
        #expect(later.entry(for: "old7")?.due == day("2026-03-18") && later.entry(for: "old1")?.due == day("2026-03-20"))
        #expect(later.due(on: day("2026-04-30")).first?.overdue(on: day("2026-04-30")) == 43)
        // A reviewed skill follows its reviews, not the spread.
        let reviewed = ReviewLog(tracks: [ReviewTrack(skill: "old1", doneOn: day("2025-06-07"), reviews: [review("old1", "2026-03-18")])],
                                 firstReview: day("2026-03-18"))
        #expect(ReviewSchedule(reviewed, today: today).entry(for: "old1")?.due == day("2026-04-17"))
    }

    @Test func reviewsRecordedOnADayTakeThatDaysPlacesInTheSpread() {
        // The walk: 37 skills back-dated to September; reviewing starts today, three a day.
        let today = day("2026-12-06")
        let skills = (1...37).map { "s" + ($0 < 10 ? "0" : "") + String($0) }
        func schedule(_ reviews: [ReviewRecord], today: Day) -> ReviewSchedule {
            let tracks = skills.map { skill in ReviewTrack(skill: skill, doneOn: day("2026-09-01"), reviews: reviews.filter { $0.skill == skill }) }
            return ReviewSchedule(ReviewLog(tracks: tracks, firstReview: reviews.map(\.day).min(), all: reviews), today: today)
        }
        #expect(schedule([], today: today).due(on: today).map(\.skill) == ["s01", "s02", "s03"])
        // One reviewed (not one the spread put first): two left today, not three again.
        var reviews = [review("s20", "2026-12-06")]
        #expect(schedule(reviews, today: today).due(on: today).map(\.skill) == ["s01", "s02"])
        reviews += [review("s01", "2026-12-06"), review("s02", "2026-12-06")]
        let cleared = schedule(reviews, today: today)
        #expect(cleared.due(on: today).isEmpty, "three a day means three a day")
        #expect(cleared.next(after: today)?.due == day("2026-12-07"))
        #expect(cleared.due(on: day("2026-12-07")).map(\.skill) == ["s03", "s04", "s05"])
        // A day with more reviews than places takes none from the next; the same skill twice is one place.
        reviews += ["s03", "s04", "s05", "s06"].map { review($0, "2026-12-06") } + [review("s07", "2026-12-07"), review("s07", "2026-12-07", .hard)]
        let busy = schedule(reviews, today: day("2026-12-07"))
        #expect(busy.due(on: day("2026-12-07")).map(\.skill) == ["s08", "s09"])
        #expect(busy.entry(for: "s10")?.due == day("2026-12-08"))
        // A day passed with no review keeps its places: what was due then is overdue now.
        let later = schedule(reviews, today: day("2026-12-10"))
        #expect(later.due(on: day("2026-12-10")).count == 2 + 3 * 3 && later.entry(for: "s08")?.overdue(on: day("2026-12-10")) == 3)
    }

    @Test func oneSkillsEntryIsItsPlaceInTheWholeSchedule() async {
        // Skills done on a few days, some reviewed (a few on one day), today early or late: each skill's entry found
        // alone is the whole schedule's, the backlog's spread included.
        let start = day("2026-09-01")
        await propertyCheck(input: Gen.int(in: 0...20).array(of: 1...12), Gen.int(in: 0...40).array(of: 0...10), Gen.int(in: 0...70)) { doneDays, picks, todayOffset in
            let skills = doneDays.indices.map { "s\($0)" }
            let reviews = picks.sorted().map { ReviewRecord(skill: skills[$0 % skills.count], day: start.adding(days: 12 + $0 / 2), recall: .good) }
            let tracks = zip(skills, doneDays).map { skill, done in
                ReviewTrack(skill: skill, doneOn: start.adding(days: done), reviews: reviews.filter { $0.skill == skill })
            }
            let log = ReviewLog(tracks: tracks, firstReview: reviews.map(\.day).min(), all: reviews)
            let today = start.adding(days: todayOffset)
            let whole = ReviewSchedule(log, today: today)
            for skill in skills + ["never-done"] {
                #expect(ReviewSchedule.entry(for: skill, in: log, today: today) == whole.entry(for: skill))
            }
        }
    }

    @Test func nothingDueTellsTheNextReview() {
        let log = ReviewLog(tracks: [ReviewTrack(skill: "a", doneOn: day("2026-03-10"), reviews: [])], firstReview: nil)
        let schedule = ReviewSchedule(log, today: day("2026-03-11"))
        #expect(schedule.due(on: day("2026-03-11")).isEmpty)
        #expect(schedule.next(after: day("2026-03-11"))?.due == day("2026-03-24"))
    }
}
