import RoadmapCore
import RoadmapStore

/// The visual map of one roadmap, as `export --format html` writes it and `roadmap serve` shows it.
public struct MapPage {
    public var session: any Session

    /// Steps of the plan to the target worked out one by one; the rest of the gap is counted.
    public static let planLimit = 30

    public init(session: any Session) { self.session = session }

    public func page(_ roadmap: Roadmap, enrolment: Enrolment?, day: Day, version: String) throws -> HTMLPage {
        try pageAndReport(roadmap, enrolment: enrolment, day: day, version: version).page
    }

    func pageAndReport(_ roadmap: Roadmap, enrolment: Enrolment?, day: Day, version: String) throws -> (page: HTMLPage, report: ProgressReport) {
        let catalog = try session.catalog()
        let progress = try session.progress(includingNotes: true)
        let store = try session.openForReading()
        let events = Self.events(on: roadmap, in: try store?.history() ?? [], catalog: catalog)
        let reviews = try store?.reviewLog(aliases: catalog.skillAliases, timeZone: session.timeZone) ?? .empty
        let lastReviewed = ReviewSchedule(reviews, today: session.today).entries
            .reduce(into: [String: Day]()) { result, entry in result[entry.skill] = entry.lastReviewed }
        let report = try ProgressReport(
            roadmap, in: catalog, progress: progress, enrolment: enrolment, today: day, timeZone: session.timeZone, reviews: reviews.all)
        let plan = TargetPlan(roadmap, in: catalog, report: report, statuses: progress.mapValues(\.status), today: day, limit: Self.planLimit)
        let page = HTMLPage(
            roadmap, report: report, detail: try RoadmapDetail(roadmap, in: catalog, progress: progress), catalog: catalog,
            dailyCounts: ActivitySummary.dailyCounts(events, timeZone: session.timeZone), date: day, timeZone: session.timeZone,
            version: version, lastReviewed: lastReviewed,
            dailyReviews: ActivitySummary.dailyReviews(events, timeZone: session.timeZone), plan: plan)
        return (page, report)
    }

    /// The page with its actions, for `roadmap serve`: the roadmap named, else the first started one, else the
    /// first of the catalog; nil when the catalog has none.
    public func servedPage(_ roadmapID: String?, version: String) throws -> HTMLPage? {
        let catalog = try session.catalog()
        let started = try session.chosenRoadmaps(nil)
        let chosen: (roadmap: Roadmap, enrolment: Enrolment?)
        if let roadmapID {
            chosen = try session.chosenRoadmaps(roadmapID)[0]
        } else if let first = started.first {
            chosen = first
        } else if let first = catalog.roadmaps.first {
            chosen = (first, nil)
        } else {
            return nil
        }
        let (page, report) = try pageAndReport(chosen.roadmap, enrolment: chosen.enrolment, day: session.today, version: version)
        return page.serving(HTMLPage.Served(
            roadmap: chosen.roadmap, report: report, enrolment: chosen.enrolment,
            started: started.map { ($0.roadmap.id, $0.roadmap.title) }, today: session.today), version: version)
    }

    /// The log's events on a roadmap's skills, under their former ids too.
    public static func events(on roadmap: Roadmap, in history: [HistoryEntry], catalog: Catalog) -> [HistoryEntry] {
        let skills = Set(roadmap.skillIDs)
        return history.filter { catalog.currentID($0.skill).map(skills.contains) ?? false }
    }
}

extension Session {
    /// The roadmap `id` names, else every started one, each with its enrolment (nil when not started).
    public func chosenRoadmaps(_ id: String?) throws -> [(roadmap: Roadmap, enrolment: Enrolment?)] {
        let catalog = try catalog()
        let enrolments = try openForReading()?.enrolments() ?? []
        if let id {
            let roadmap = try catalog.requireRoadmap(id)
            return [(roadmap, enrolments.first { $0.roadmap == roadmap.id })]
        }
        return enrolments.compactMap { enrolment in catalog.roadmap(enrolment.roadmap).map { ($0, enrolment) } }
    }
}
