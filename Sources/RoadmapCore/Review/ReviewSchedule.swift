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
            .filter { Self.inBacklog(entries[$0], epoch: epoch) }
            .sorted { (entries[$0].doneOn, entries[$0].skill) < (entries[$1].doneOn, entries[$1].skill) }
        var places = BacklogPlaces(log, epoch: epoch)
        for index in backlog { entries[index].due = places.next() }
        self.entries = entries.sorted { ($0.due, $0.skill) < ($1.due, $1.skill) }
    }

    /// `ReviewSchedule(log, today:).entry(for: skill)`, placing no other skill: `info` asks about one, and making and
    /// sorting every done skill's entry was most of its schedule (large: 4,757 done skills).
    public static func entry(for skill: String, in log: ReviewLog, today: Day) -> ReviewDue? {
        guard let track = log.tracks.first(where: { $0.skill == skill }) else { return nil }
        var own = entry(track)
        let epoch = log.firstReview ?? today
        guard inBacklog(own, epoch: epoch) else { return own }
        // The backlog skills placed before it: those done before it, or the same day with an earlier id.
        var ahead = 0
        for other in log.tracks where other.reviews.isEmpty && (other.doneOn, other.skill) < (own.doneOn, own.skill) {
            if inBacklog(entry(other), epoch: epoch) { ahead += 1 }
        }
        var places = BacklogPlaces(log, epoch: epoch)
        for _ in 0..<ahead { _ = places.next() }
        own.due = places.next()
        return own
    }

    /// Never reviewed, and first due before the epoch: spread from it.
    static func inBacklog(_ entry: ReviewDue, epoch: Day) -> Bool { entry.lastReviewed == nil && entry.due < epoch }

    /// The days the backlog's skills fall on, in turn: `perDay` a day from the epoch, less the skills reviewed that
    /// day (a skill reviewed twice takes one place).
    struct BacklogPlaces {
        let reviewed: [Day: Int]
        var day: Day
        var taken: Int

        init(_ log: ReviewLog, epoch: Day) {
            var skills: [Day: Set<String>] = [:]
            for review in log.all { skills[review.day, default: []].insert(review.skill) }
            reviewed = skills.mapValues(\.count)
            day = epoch
            taken = reviewed[epoch] ?? 0
        }

        mutating func next() -> Day {
            while taken >= ReviewSchedule.perDay {
                day = day.adding(days: 1)
                taken = reviewed[day] ?? 0
            }
            taken += 1
            return day
        }
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
