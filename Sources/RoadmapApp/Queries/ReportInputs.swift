import Foundation
import RoadmapCore
import RoadmapStore

/// What every report of an export is built from, read once for all of its roadmaps: the catalog, progress
/// with notes, the reviews, and the log's activity on each roadmap.
struct ReportInputs {
    let catalog: Catalog
    let progress: [String: SkillProgress]
    /// Each roadmap's events per day, in the order the roadmaps were given.
    let dailyCounts: [[Day: Int]]
    let reviews: ReviewLog

    /// - Parameter reviews: the review log, read with the standing marks for the reports.
    init(_ session: any Session, roadmaps: [Roadmap], reviews: ReviewLog) throws {
        let catalog = try session.catalog()
        self.catalog = catalog
        if let store = try session.openForReading() {
            // A skill with no mark and no note reads as one never recorded, as `show` reads it: the log's others need not be found.
            progress = try store.progress(includingNotes: true, aliases: catalog.skillAliases, everyRecordedSkill: false)
            dailyCounts = try Self.activityPerDay(on: roadmaps, in: store, catalog: catalog, timeZone: session.timeZone)
        } else {
            progress = [:]
            dailyCounts = Array(repeating: [:], count: roadmaps.count)
        }
        self.reviews = reviews
    }

    /// `ActivitySummary.dailyCounts` of each roadmap's skills' events (under their former ids too), in one pass over
    /// the log that holds none of it.
    private static func activityPerDay(on roadmaps: [Roadmap], in store: ProgressStore, catalog: Catalog, timeZone: TimeZone) throws -> [[Day: Int]] {
        var counts = Array(repeating: [Day: Int](), count: roadmaps.count)
        let skillSets = roadmaps.map { Set($0.skillIDs) }
        // Which roadmaps each recorded skill id is on, worked out once per id.
        var roadmapsOf: [String: [Int]] = [:]
        try store.eachActivityEvent { skill, at in
            let places = roadmapsOf[skill] ?? {
                let places = catalog.currentID(skill).map { id in skillSets.indices.filter { skillSets[$0].contains(id) } } ?? []
                roadmapsOf[skill] = places
                return places
            }()
            guard !places.isEmpty else { return }
            let day = at.day(in: timeZone)
            for place in places { counts[place][day, default: 0] += 1 }
        }
        return counts
    }

    /// Each done skill's last review since it was done.
    func lastReviewed(today: Day) -> [String: Day] {
        ReviewSchedule(reviews, today: today).entries.reduce(into: [:]) { result, entry in result[entry.skill] = entry.lastReviewed }
    }
}
