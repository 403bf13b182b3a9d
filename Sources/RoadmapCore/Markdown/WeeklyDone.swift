import Foundation

/// Skills done in each of the last weeks, oldest first, the last week ending on `today`: by the day of each
/// skill's done mark still in force, as the report's pace counts its eight weeks.
struct WeeklyDone {
    let counts: [Int]
    /// The first day of the first week.
    let first: Day
    /// The last day of the last week: today.
    let last: Day

    init(_ skills: [RoadmapDetail.SkillEntry], weeks: Int, today: Day, timeZone: TimeZone) {
        var counts = Array(repeating: 0, count: weeks)
        for skill in skills where skill.status == .done {
            guard let since = skill.since else { continue }
            let age = since.day(in: timeZone).days(until: today)
            if (0..<(weeks * 7)).contains(age) { counts[weeks - 1 - age / 7] += 1 }
        }
        self.counts = counts
        first = today.adding(days: -(weeks * 7 - 1))
        last = today
    }
}
