import Foundation

/// One roadmap in `roadmap status`: how far the user is, and what is in progress.
/// Its JSON shape is documented in README.md.
public struct Standing: Sendable, Hashable, Codable {
    public struct InProgress: Sendable, Hashable, Codable {
        public var skill: String
        public var title: String
    }

    public var id: String
    public var title: String
    public var started: Bool
    public var startedAt: Date?
    public var targetStage: String?
    public var targetDate: String?
    public var total: Int
    public var done: Int
    public var learning: Int
    public var skipped: Int
    public var todo: Int
    public var percent: Int
    public var inProgress: [InProgress]
    /// Electives and a group's other skills the counts leave out until started.
    public var electives: Int

    public init(_ roadmap: Roadmap, in catalog: Catalog, statuses: [String: SkillStatus], enrolment: Enrolment?) {
        let skills = catalog.skills(of: roadmap)
        // Each skill's status looked up once, then used by position.
        let current = skills.map { statuses[$0.id] ?? .todo }
        let counting = StageCounting(skills, status: { statuses[$0] ?? .todo })
        var count = ProgressCount()
        for (status, counted) in zip(current, counting.counted) where counted { count.add(status) }
        electives = counting.counted.count { !$0 }
        id = roadmap.id
        title = roadmap.title
        started = enrolment != nil
        startedAt = enrolment?.startedAt
        targetStage = enrolment?.targetStage
        targetDate = enrolment?.targetDate
        total = count.total
        done = count.done
        learning = count.learning
        skipped = count.skipped
        todo = count.todo
        percent = count.percent
        inProgress = skills.indices.filter { current[$0] == .learning }.map { InProgress(skill: skills[$0].id, title: skills[$0].title) }
    }

    var count: ProgressCount {
        var count = ProgressCount()
        count.total = total
        count.done = done
        count.learning = learning
        count.skipped = skipped
        count.todo = todo
        return count
    }
}
