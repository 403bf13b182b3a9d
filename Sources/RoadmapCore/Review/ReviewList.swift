import Foundation

/// `roadmap review`: the done skills due for review on a day, most overdue first, each with a quick refresher;
/// when none is due, the next review. Its JSON is the array of items.
public struct ReviewList: Sendable, Hashable, Encodable {
    public struct Item: Sendable, Hashable, Encodable {
        public var skill: String
        public var title: String
        /// Days as `YYYY-MM-DD`.
        public var done: String
        public var due: String
        @ExplicitNull public var lastReviewed: String?
        /// Days on the ladder from the done day or last review to `due`.
        public var interval: Int
        /// Days past `due` (0: due today; negative for the next review when nothing is due).
        public var overdue: Int
        public var reviews: Int
        public var summary: String
        @ExplicitNull public var resource: String?

        public init(_ due: ReviewDue, skill: Skill, today: Day) {
            self.skill = skill.id
            title = skill.title
            done = due.doneOn.description
            self.due = due.due.description
            lastReviewed = due.lastReviewed?.description
            interval = due.interval
            overdue = due.overdue(on: today)
            reviews = due.reviews
            summary = skill.summary
            resource = skill.resources.first?.url
        }
    }

    public var today: Day
    public var items: [Item]
    /// When nothing is due: the first review to come, if any done skill has one.
    public var next: Item?
    /// Due in all, before `--limit`.
    public var dueCount: Int

    /// The done skills of `roadmap` (every catalog skill when nil) due on `today`.
    public init(_ schedule: ReviewSchedule, in catalog: Catalog, roadmap: Roadmap? = nil, today: Day, limit: Int? = nil) {
        let ids = roadmap.map { Set($0.skillIDs) }
        let known = schedule.entries.filter { ids?.contains($0.skill) ?? true }.compactMap { due in
            catalog.skills[due.skill].map { (due, $0) }
        }
        let due = known.filter { $0.0.due <= today }
        self.today = today
        dueCount = due.count
        items = due.prefix(limit ?? Int.max).map { Item($0.0, skill: $0.1, today: today) }
        next = due.isEmpty ? known.first { $0.0.due > today }.map { Item($0.0, skill: $0.1, today: today) } : nil
    }

    public func encode(to encoder: any Encoder) throws { try items.encode(to: encoder) }
}

/// What `roadmap reviewed` recorded: each skill with its next review, or back to learning after a forgot.
public struct ReviewSummary: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var skill: String
        /// Nil after a forgot: the skill is learning again.
        public var next: ReviewDue?
    }

    public var recall: Recall
    public var day: Day
    public var lines: [Line]

    public init(skills: [String], recall: Recall, day: Day, schedule: ReviewSchedule) {
        self.recall = recall
        self.day = day
        lines = skills.map { Line(skill: $0, next: recall == .forgot ? nil : schedule.entry(for: $0)) }
    }
}

/// The one line `status` and `report` add when reviews are due: `3 reviews due (oldest 12 days over)`.
public struct ReviewsDue: Sendable, Hashable {
    public var count: Int
    /// Days the most overdue one is past its day.
    public var oldestOverdue: Int

    /// Nil when nothing is due.
    public init?(_ list: ReviewList) {
        guard list.dueCount > 0, let oldest = list.items.first else { return nil }
        count = list.dueCount
        oldestOverdue = oldest.overdue
    }

    public var line: String {
        "\(Plural.count(count, "review")) due (" + (oldestOverdue == 0 ? "today" : "oldest \(Plural.count(oldestOverdue, "day")) over") + ")"
    }
}
