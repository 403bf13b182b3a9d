import RoadmapCore
import RoadmapStore

/// What every report of an export is built from, read once for all of its roadmaps: the catalog, progress
/// with notes, the log and the reviews.
struct ReportInputs {
    let catalog: Catalog
    let progress: [String: SkillProgress]
    let history: [HistoryEntry]
    let reviews: ReviewLog

    init(_ session: any Session) throws {
        catalog = try session.catalog()
        progress = try session.progress(includingNotes: true)
        history = try session.openForReading()?.history() ?? []
        reviews = try session.reviewLog()
    }

    /// Each done skill's last review since it was done.
    func lastReviewed(today: Day) -> [String: Day] {
        ReviewSchedule(reviews, today: today).entries.reduce(into: [:]) { result, entry in result[entry.skill] = entry.lastReviewed }
    }
}
