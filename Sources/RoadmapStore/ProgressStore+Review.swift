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
            let marks = try StandingMarks.byCurrentID(db, skills: unique, aliases: aliases, path: displayPath)
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
        }
    }

    /// What the review schedule is derived from: each done skill's done day and the reviews in force since it
    /// last became done, by current skill id, and the day of the first review in force.
    public func reviewLog(aliases: SkillAliases = .none, timeZone: TimeZone = .current) throws -> ReviewLog {
        try read { db in
            let path = displayPath
            let marks = StandingMarks.fold(try StandingMarks.byRecordedID(db, ids: nil, path: path), aliases: aliases)
            var reviews: [String: [ReviewRecord]] = [:]
            var firstReview: Day?
            var all: [ReviewRecord] = []
            // Only what standing commands recorded; becoming done again starts a skill's reviews over.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.skill, e.kind, e.at, e.recall, e.note FROM event e JOIN command c ON c.id = e.command_id
                WHERE c.undone_by IS NULL AND c.undoes IS NULL
                  AND (e.kind = 'review' OR (e.kind = 'status' AND e.to_status = 'done' AND e.from_status != 'done'))
                ORDER BY e.id
                """)
            while let row = try rows.next() {
                let skill = aliases.current(try row.decode(atIndex: 0))
                guard try row.decode(String.self, atIndex: 1) == HistoryEntry.Kind.review.rawValue else {
                    reviews[skill] = []
                    continue
                }
                guard let recall = Recall(rawValue: try row.decode(atIndex: 3)) else { throw StoreError.corrupt(path: path) }
                let day = try CommandLog.effectiveTime(row.decode(atIndex: 2), path: path).day(in: timeZone)
                firstReview = min(firstReview ?? day, day)
                let review = ReviewRecord(skill: skill, day: day, recall: recall, note: try row.decode(atIndex: 4))
                reviews[skill, default: []].append(review)
                all.append(review)
            }
            let tracks = marks.filter { $0.value.status == .done }.map { skill, mark in
                ReviewTrack(skill: skill, doneOn: mark.since.day(in: timeZone), reviews: reviews[skill] ?? [])
            }
            return ReviewLog(tracks: tracks.sorted { $0.skill < $1.skill }, firstReview: firstReview, all: all)
        }
    }
}
