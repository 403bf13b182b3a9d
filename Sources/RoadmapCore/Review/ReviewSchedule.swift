/// When each done skill is next due for review, derived from its done day and the reviews since.
///
/// Intervals climb a ladder: 14 days after done, then 30, 60, 120, 240 and 480 days (about 1, 2, 4, 8 and 16
/// months), staying at the top. A good review climbs one step, an easy one two, a hard one stays; a forgot
/// starts the ladder over from its day. Skills whose first review would fall before the first review ever
/// recorded (or today, before there is one) are spread from that day, `perDay` a day, oldest done first, so
/// back-dating forty skills does not make forty due at once. Reviews recorded on a day take that day's places: with
/// three reviewed today, the backlog's next three wait for tomorrow, rather than each review calling the next one in.
public struct ReviewSchedule: Sendable, Hashable {
    public static let intervals = [14, 30, 60, 120, 240, 480]
    /// First reviews of the backlog a day.
    public static let perDay = 3

    public let entries: [ReviewDue]

    public init(_ log: ReviewLog, today: Day) {
        let epoch = log.firstReview ?? today
        var entries = log.tracks.map(Self.entry)
        // The backlog: never reviewed, first due before the epoch; oldest done first.
        let backlog = entries.indices
            .filter { entries[$0].lastReviewed == nil && entries[$0].due < epoch }
            .sorted { (entries[$0].doneOn, entries[$0].skill) < (entries[$1].doneOn, entries[$1].skill) }
        var reviewed: [Day: Set<String>] = [:]
        for review in log.all { reviewed[review.day, default: []].insert(review.skill) }
        var day = epoch, taken = reviewed[epoch]?.count ?? 0
        for index in backlog {
            while taken >= Self.perDay {
                day = day.adding(days: 1)
                taken = reviewed[day]?.count ?? 0
            }
            entries[index].due = day
            taken += 1
        }
        self.entries = entries.sorted { ($0.due, $0.skill) < ($1.due, $1.skill) }
    }

    /// The skills due on `day`, most overdue first.
    public func due(on day: Day) -> [ReviewDue] { entries.filter { $0.due <= day } }

    /// The first review after `day`, when nothing is due.
    public func next(after day: Day) -> ReviewDue? { entries.first { $0.due > day } }

    public func entry(for skill: String) -> ReviewDue? { entries.first { $0.skill == skill } }

    static func entry(_ track: ReviewTrack) -> ReviewDue {
        var step = 0
        var from = track.doneOn
        for review in track.reviews {
            switch review.recall {
            case .easy: step += 2
            case .good: step += 1
            case .hard: break
            case .forgot: step = 0
            }
            step = min(step, intervals.count - 1)
            from = review.day
        }
        let interval = intervals[step]
        return ReviewDue(
            skill: track.skill, doneOn: track.doneOn, lastReviewed: track.reviews.last?.day, interval: interval,
            due: from.adding(days: interval), reviews: track.reviews.count)
    }
}

/// One done skill's place in the schedule.
public struct ReviewDue: Sendable, Hashable {
    public let skill: String
    public let doneOn: Day
    /// The day of the newest review since done; nil when not yet reviewed.
    public let lastReviewed: Day?
    /// Days from the done day or last review to the next review on the ladder.
    public let interval: Int
    /// The day the next review falls (later than done + interval for a spread backlog skill).
    public internal(set) var due: Day
    /// Reviews since done.
    public let reviews: Int

    /// Days past due on `day` (0 when due that day).
    public func overdue(on day: Day) -> Int { due.days(until: day) }
}
