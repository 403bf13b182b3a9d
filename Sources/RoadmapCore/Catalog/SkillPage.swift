import Foundation

/// What `roadmap info SKILL` prints: a skill's place in the roadmaps, what it needs and unlocks, where to learn it,
/// and where the user stands on it with its history. Its JSON shape is documented in README.md.
public struct SkillPage: Sendable, Hashable, Codable {
    /// A roadmap, stage or area: its id and title.
    public struct Named: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
    }

    /// A skill next to this one: a prerequisite, or a skill that requires this one.
    public struct Neighbour: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var status: SkillStatus
    }

    public struct NoteEntry: Sendable, Hashable, Codable {
        public var text: String
        public var at: Date
    }

    public struct EvidenceEntry: Sendable, Hashable, Codable {
        public var url: String
        public var title: String?
        public var at: Date
    }

    public var id: String
    public var title: String
    /// The roadmap whose file defines the skill; its stages and areas name `stage` and `area`.
    public var roadmap: String
    /// Every roadmap that contains the skill, built-in and custom, in catalog order.
    public var roadmaps: [Named]
    public var stage: Named
    public var area: Named
    public var summary: String
    public var keywords: [String]
    public var source: String
    /// Former ids, whose progress counts for this skill.
    public var aliases: [String]
    @ExplicitNull public var hours: Int?
    public var resources: [Resource]
    /// The plain prerequisites.
    public var requires: [Neighbour]
    /// Each choice's alternatives, any one of which will do.
    public var requiresOneOf: [[Neighbour]]
    /// Skills that require this one directly, as a plain prerequisite or an alternative of a choice.
    public var unlocks: [Neighbour]
    /// Skills that require this one directly or through others (each alternative of a choice counting).
    public var unlocksInAll: Int
    public var status: SkillStatus
    /// The day the status took effect, `YYYY-MM-DD`; null when it was never set.
    @ExplicitNull public var since: String?
    public var notes: [NoteEntry]
    public var evidence: [EvidenceEntry]
    /// The skill's events, newest first, as `history --skill` gives them.
    public var history: [HistoryRecord]
    /// Its reviews in force, oldest first, and when the next falls; null for a skill never done nor reviewed.
    @ExplicitNull public var review: ReviewPage?

    /// The skills that require `id` directly, as a plain prerequisite or an alternative of a choice, by id, and how
    /// many require it directly or through others: one graph of `skills` (in any order) for both.
    public static func dependents(of id: String, among skills: [Skill]) -> (unlocking: [Skill], inAll: Int) {
        let (direct, inAll) = DependentCounts.dependents(of: id, in: skills)
        return (direct.map { skills[$0] }.sorted { $0.id < $1.id }, inAll)
    }

    /// The skills whose status the page shows: the skill, its prerequisites and the skills it unlocks.
    public static func shownIDs(of skill: Skill, unlocking: [Skill]) -> [String] {
        [skill.id] + skill.requires.ids + unlocking.map(\.id)
    }

    /// - Parameters:
    ///   - unlocking: the skills that require this one, and `unlocksInAll` how many in all (`dependents(of:among:)`).
    ///   - progress: progress by current skill id of at least `shownIDs`, with notes and evidence for this skill.
    ///   - history: the skill's records, newest first.
    ///   - timeZone: the zone `since` is a day in.
    ///   - due: the skill's place in the review schedule (`ReviewSchedule.entry(for:in:today:)`); nil when not done.
    public init(
        _ skill: Skill, in catalog: Catalog, unlocking: [Skill], unlocksInAll: Int, progress: [String: SkillProgress],
        history: [HistoryRecord], timeZone: TimeZone, due: ReviewDue? = nil
    ) {
        let status = { (id: String) in progress[id]?.status ?? .todo }
        let containing = catalog.roadmaps(containing: skill.id)
        let home = catalog.roadmap(skill.roadmap) ?? containing.first
        id = skill.id
        title = skill.title
        roadmap = skill.roadmap
        roadmaps = containing.map { Named(id: $0.id, title: $0.title) }
        stage = Named(id: skill.stage, title: home?.stage(skill.stage)?.title ?? skill.stage)
        area = Named(id: skill.area, title: home?.area(skill.area)?.title ?? skill.area)
        summary = skill.summary
        keywords = skill.keywords
        source = skill.source
        aliases = skill.aliases
        hours = skill.hours
        resources = skill.resources
        let neighbour = { (id: String) in Neighbour(id: id, title: catalog.skills[id]?.title ?? id, status: status(id)) }
        requires = skill.requires.skillIDs.map(neighbour)
        requiresOneOf = skill.requires.choices.map { $0.map(neighbour) }
        unlocks = unlocking.map { Neighbour(id: $0.id, title: $0.title, status: status($0.id)) }
        self.unlocksInAll = unlocksInAll
        let record = progress[skill.id]
        self.status = record?.status ?? .todo
        since = record?.since.map { $0.day(in: timeZone).description }
        notes = record?.notes.map { NoteEntry(text: $0.text, at: $0.at) } ?? []
        evidence = record?.evidence.map { EvidenceEntry(url: $0.url, title: $0.title, at: $0.at) } ?? []
        self.history = history
        let reviews = history.reversed().filter { $0.kind == .review && !$0.undone }.map {
            ReviewPage.Entry(day: $0.at.day(in: timeZone).description, recall: $0.recall ?? .good, note: $0.note)
        }
        review = reviews.isEmpty && due == nil ? nil : ReviewPage(
            nextDue: due?.due.description, interval: due?.interval, reviews: reviews)
    }
}

/// A skill's reviews, as `info` shows them.
public struct ReviewPage: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var day: String
        public var recall: Recall
        @ExplicitNull public var note: String?
    }

    /// `YYYY-MM-DD`; null when the skill is not done.
    @ExplicitNull public var nextDue: String?
    @ExplicitNull public var interval: Int?
    /// Oldest first.
    public var reviews: [Entry]
}
