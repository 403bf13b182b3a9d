import RoadmapCore
import RoadmapStore

/// Starts following a roadmap, or changes its target.
public struct Enrolling {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// `target` is a stage id or a job word; `by` the day the user aims to reach it, as typed (YYYY-MM-DD).
    public func start(_ roadmapID: String, target: String? = nil, by: String? = nil) throws -> StartSummary {
        let catalog = try session.catalog()
        let roadmap = try catalog.requireRoadmap(roadmapID)
        let targetStage = try target.map { try StageWords.require($0, in: roadmap).id }
        if let by {
            guard let day = Day(by) else { throw RoadmapError.invalidDate(by, option: "--by") }
            if day < session.today { throw RoadmapError.pastDate(day, option: "--by", today: session.today) }
        }
        let change = try session.openForWriting().enrol(roadmap: roadmap.id, targetStage: targetStage, targetDate: by, command: session.command("start"))
        return StartSummary(roadmap, change: change, in: catalog, statuses: try session.statuses())
    }
}
