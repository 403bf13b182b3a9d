import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Records a review of each skill (duplicates count once) as one command, effective `on` a day when given, else
    /// when the command ran. Every skill must be done, and done on or before that day; else nothing is written.
    /// `forgot` also sets the skill back to learning, so its schedule starts over when it is done again.
    public func recordReviews(
        skills: [String], recall: Recall, on day: Day? = nil, note: String? = nil, aliases: SkillAliases = .none,
        timeZone: TimeZone = .current, command: CommandInfo
    ) throws {
        try write { db in
            var seen = Set<String>()
            let unique = skills.filter { seen.insert($0).inserted }
            let marks = try StandingMarks.byCurrentID(db, skills: unique, aliases: aliases, unreadable: unreadable)
            let effective = day.map(EffectiveTime.day) ?? .instant(Timestamp.normalized(command.at))
            let reviewDay = effective.day(in: timeZone)
            for skill in unique {
                guard let mark = marks[skill], mark.status == .done else {
                    throw RoadmapError.notDone(skill, status: marks[skill]?.status ?? .todo)
                }
                let done = mark.since.day(in: timeZone)
                if reviewDay < done { throw RoadmapError.reviewBeforeDone(skill, day: reviewDay, done: done) }
            }
            let commandID = try CommandLog.recordCommand(db, command)
            for skill in unique {
                try CommandLog.recordEvent(db, commandID: commandID, at: effective, skill: skill, kind: .review, note: note, recall: recall)
                if recall == .forgot {
                    try CommandLog.recordEvent(db, commandID: commandID, at: effective, skill: skill, kind: .status, from: .done, to: .learning)
                }
            }
            if recall == .forgot { try DerivedState.follow(db, skills: unique) }
        }
    }

    /// What the review schedule is derived from: each done skill's done day and the reviews in force since it
    /// last became done, by current skill id, and the day of the first review in force. `progress`, when given, is
    /// `progress(includingNotes: false, aliases:)` already read by the caller: the marks are then not read twice.
    public func reviewLog(aliases: SkillAliases = .none, timeZone: TimeZone = .current, progress: [String: SkillProgress]? = nil) throws -> ReviewLog {
        try read { db in
            let doneSince: [String: EffectiveTime]
            if let progress {
                doneSince = progress.reduce(into: Dictionary(minimumCapacity: progress.count)) { result, entry in
                    if entry.value.status == .done, let since = entry.value.since { result[entry.key] = since }
                }
            } else {
                // Done marks only: their times keep the dictionary's layout, nothing filtered or rehashed again.
                doneSince = try StandingMarks.done(db, aliases: aliases, unreadable: unreadable).mapValues(\.since)
            }
            // Reviews first, through their own index: with none, the log's status events need not be read at all
            // (status and report read this on every run; large: 280 ms for status when every done mark was scanned, 223 ms now).
            var found: [(order: LogOrder, review: ReviewRecord)] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.skill, e.at, e.recall, e.note, c.recorded_at, c.uuid FROM event e JOIN command c ON c.id = e.command_id
                WHERE e.kind = 'review' AND \(Standing.command("c"))
                ORDER BY \(LogOrder.oldestFirst)
                """)
            while let row = try rows.next() {
                let eventID: Int64 = try row.decode(atIndex: 0)
                guard let read = unreadable.recall(try row.decode(atIndex: 3), row: eventID), let recall = read,
                      let day = unreadable.eventTime(try row.decode(atIndex: 2), row: eventID)?.day(in: timeZone)
                else { continue }
                let order = LogOrder(recordedAt: try row.decode(atIndex: 5), command: try row.decode(atIndex: 6), event: try row.decode(atIndex: 0))
                found.append((order, ReviewRecord(
                    skill: aliases.current(try row.decode(atIndex: 1)), day: day, recall: recall, note: try row.decode(atIndex: 4))))
            }
            // Becoming done again starts a skill's reviews over: only reviews after its newest such mark count.
            var starts: [String: LogOrder] = [:]
            let reviewed = Set(found.map(\.review.skill)).flatMap(aliases.recordedIDs(of:))
            for chunk in reviewed.sorted().chunked(500) {
                let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT e.skill, e.id, c.recorded_at, c.uuid FROM event e JOIN command c ON c.id = e.command_id
                    WHERE e.kind = 'status' AND e.to_status = 'done' AND e.from_status <> 'done'
                      AND \(Standing.command("c")) AND e.skill IN (\(placeholders))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let skill = aliases.current(try row.decode(atIndex: 0))
                    let order = LogOrder(recordedAt: try row.decode(atIndex: 2), command: try row.decode(atIndex: 3), event: try row.decode(atIndex: 1))
                    if let start = starts[skill], start > order { continue }
                    starts[skill] = order
                }
            }
            var reviews: [String: [ReviewRecord]] = [:]
            for (order, review) in found where starts[review.skill].map({ order > $0 }) ?? true { reviews[review.skill, default: []].append(review) }
            let tracks = doneSince.map { skill, since in
                ReviewTrack(skill: skill, doneOn: since.day(in: timeZone), reviews: reviews[skill] ?? [])
            }
            return ReviewLog(
                tracks: tracks, firstReview: found.map(\.review.day).min(), all: found.map(\.review))
        }
    }
}
