import RoadmapCore
import RoadmapStore

/// Where the user stands and what comes next: `status`, `report`, `next`, `review`, `history`.
public struct ProgressQueries {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// Each started roadmap, or the one named (started or not), with the reviews due and a line about sync.
    public func status(_ roadmapID: String? = nil) throws -> StatusSummary {
        let catalog = try session.catalog()
        let progress = try session.progress(includingNotes: false)
        let statuses = progress.mapValues(\.status)
        let standings = try session.chosenRoadmaps(roadmapID).map {
            Standing($0.roadmap, in: catalog, statuses: statuses, enrolment: $0.enrolment)
        }
        // A line about sync is a remark: status never fails for it.
        let sync = (try? session.openForReading()?.syncState()).flatMap { SyncReminder($0, now: session.now) }
        return StatusSummary(standings, reviewsDue: try reviewsDue(roadmapID, log: session.reviewLog(progress: progress)), sync: sync)
    }

    /// The report of the roadmap named, else of every started one; `stage` (which needs a roadmap) sets the gap's goal.
    public func report(_ roadmapID: String? = nil, stage: String? = nil, full: Bool = false) throws -> ProgressReports {
        if let stage, roadmapID == nil {
            throw CommandError.needsRoadmap(option: "--stage", example: "roadmap report ml-engineer --stage \(stage)")
        }
        let catalog = try session.catalog()
        let chosen = try session.chosenRoadmaps(roadmapID)
        let progress = try session.progress(includingNotes: false)
        let log = try session.reviewLog(progress: progress)
        let reports = try chosen.map {
            try ProgressReport(
                $0.roadmap, in: catalog, progress: progress, enrolment: $0.enrolment,
                stage: stage, today: session.today, timeZone: session.timeZone, reviews: log.all)
        }
        return ProgressReports(reports, isSingle: roadmapID != nil, isFull: full, reviewsDue: try reviewsDue(roadmapID, log: log))
    }

    /// The next `limit` skills to learn on the roadmap named, else every started one, else the whole career path.
    public func next(_ roadmapID: String? = nil, limit: Int = 10, verbose: Bool = false) throws -> NextStepList {
        try InputRules.checkLimit(limit)
        let catalog = try session.catalog()
        let statuses = try session.statuses()
        var roadmaps = try session.chosenRoadmaps(roadmapID).map(\.roadmap)
        if roadmaps.isEmpty, let career = catalog.roadmap("ml-engineer") { roadmaps = [career] }
        let steps = NextSteps.merged(roadmaps, in: catalog, statuses: statuses, limit: limit)
        return NextStepList(steps, detailsFrom: verbose ? catalog : nil)
    }

    /// The done skills due for review, soonest first: on the roadmap named, else all.
    public func reviews(_ roadmapID: String? = nil, limit: Int? = nil) throws -> ReviewList {
        try InputRules.checkLimit(limit)
        let catalog = try session.catalogOfFewSkills()
        let chosen = try roadmapID.map { try catalog.requireRoadmap($0) }
        return ReviewList(ReviewSchedule(try session.reviewLog(), today: session.today), in: catalog, roadmap: chosen, today: session.today, limit: limit)
    }

    /// The log, newest first: since a day (`YYYY-MM-DD`), of one skill, at most `limit` events.
    public func history(since: String? = nil, skill: String? = nil, limit: Int? = nil) throws -> HistoryLog {
        let catalog = try session.catalogOfFewSkills()
        return HistoryLog(try entries(since: since, skill: skill, limit: limit).map { HistoryRecord($0, in: catalog) })
    }

    /// The same log as `history`, handed over as it is read, so the whole of a long log is never held: for its
    /// text, its columns first (one pass over the names), then each record. With `limit`, the few records are held.
    public func historyStream(since: String? = nil, skill: String? = nil, limit: Int? = nil) throws -> HistoryStream {
        if limit != nil { return HistoryStream(try history(since: since, skill: skill, limit: limit)) }
        let (day, skillIDs) = try filter(since: since, skill: skill, limit: limit)
        let catalog = try session.catalogOfFewSkills()
        guard let store = try session.openForReading() else { return HistoryStream(HistoryLog([])) }
        let timeZone = session.timeZone
        let columns = {
            let names = try store.historyColumns(since: day, timeZone: timeZone, skills: skillIDs)
            return HistoryColumns(commandNames: names.commandNames, skills: names.skills)
        }
        return HistoryStream(columns: columns) { body in
            try store.eachHistoryEntry(since: day, timeZone: timeZone, skills: skillIDs) { try body(HistoryRecord($0, in: catalog)) }
        }
    }

    /// The same events as a weekday × week grid of activity.
    public func calendar(since: String? = nil, skill: String? = nil, limit: Int? = nil) throws -> ActivityCalendar {
        let entries = try entries(since: since, skill: skill, limit: limit)
        return ActivityCalendar(
            counts: ActivitySummary.dailyCounts(entries, timeZone: session.timeZone),
            reviews: ActivitySummary.dailyReviews(entries, timeZone: session.timeZone), today: session.today)
    }

    private func entries(since: String?, skill: String?, limit: Int?) throws -> [HistoryEntry] {
        let (day, skillIDs) = try filter(since: since, skill: skill, limit: limit)
        return try session.openForReading()?.history(since: day, timeZone: session.timeZone, skills: skillIDs, limit: limit) ?? []
    }

    /// The day and the skill's recorded ids `history` keeps, its input rules checked first.
    private func filter(since: String?, skill: String?, limit: Int?) throws -> (since: Day?, skills: [String]?) {
        try InputRules.checkLimit(limit)
        let day = try since.map { try InputRules.day($0, option: "--since") }
        let catalog = try session.catalogOfFewSkills()
        return (day, try skill.map { try catalog.recordedIDs(of: SkillLookup(catalog: catalog).resolve($0).id) })
    }

    /// The line `status` and `report` add when reviews of the roadmap's skills (every done skill when nil) are due.
    private func reviewsDue(_ roadmapID: String?, log: ReviewLog) throws -> ReviewsDue? {
        let catalog = try session.catalog()
        // The line needs the count and the most overdue: one item made, not one a due skill (each reads its details).
        return ReviewsDue(ReviewList(
            ReviewSchedule(log, today: session.today), in: catalog, roadmap: try roadmapID.map { try catalog.requireRoadmap($0) },
            today: session.today, limit: 1))
    }
}
