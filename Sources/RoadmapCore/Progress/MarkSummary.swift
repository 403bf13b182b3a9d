/// What `done`, `learning`, `skip` or `reset` did to each skill named, and which prerequisites are still open.
public struct MarkSummary: Sendable, Hashable {
    /// A skill marked learning or done ahead of prerequisites that are not yet settled (allowed; said).
    public struct OpenPrerequisites: Sendable, Hashable {
        public var skill: String
        /// Prerequisites neither done nor skipped; a choice when none of its alternatives is.
        public var open: [Prerequisite]
    }

    public var status: SkillStatus
    /// One per skill named, in the order named.
    public var changes: [StatusChange]
    /// Skill id to title, for the skills named.
    public var titles: [String: String]
    /// The day given with `--on`.
    public var day: Day?
    /// A note came with the mark; it is recorded even when no status changes.
    public var hasNote: Bool
    public var openPrerequisites: [OpenPrerequisites]

    /// - Parameter statuses: the status after the mark of every prerequisite of `skills` (others are not read).
    public init(status: SkillStatus, changes: [StatusChange], skills: [Skill], day: Day?, hasNote: Bool, statuses: [String: SkillStatus]) {
        self.status = status
        self.changes = changes
        self.day = day
        self.hasNote = hasNote
        titles = Dictionary(skills.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        openPrerequisites = status == .done || status == .learning
            ? skills.compactMap { skill in
                let open = skill.unmetPrerequisites(known: { _ in true }, met: { (statuses[$0] ?? .todo).isSettled })
                return open.isEmpty ? nil : OpenPrerequisites(skill: skill.id, open: open)
            }
            : []
    }

    /// Nothing was recorded: every skill already had the status, and no note came with it.
    public var recordedNothing: Bool { !hasNote && !changes.contains(where: \.isRecorded) }
}
