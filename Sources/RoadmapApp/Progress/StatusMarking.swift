import RoadmapCore
import RoadmapStore

/// Marks skills done, learning, skipped or back to todo: resolve every skill first, record them in one transaction.
public struct StatusMarking {
    public var session: any Session
    public var status: SkillStatus
    /// The command `history` shows: done, learning, skip or reset.
    public var commandName: String

    public init(session: any Session, status: SkillStatus, commandName: String) {
        (self.session, self.status, self.commandName) = (session, status, commandName)
    }

    public func run(_ names: [String], on day: Day? = nil, note: String? = nil) throws -> MarkSummary {
        let catalog = try session.catalogOfFewSkills()
        let skills = try SkillLookup(catalog: catalog).resolveAll(names)
        try InputRules.checkNotBlank(note, what: "note")
        try session.refuseFuture(day, option: "--on")
        let store = try session.openForWriting()
        let changes = try store.markStatus(
            status, skills: skills.map(\.id), aliases: catalog.skillAliases, on: day, timeZone: session.timeZone, note: note,
            command: session.command(commandName))
        // Prerequisites are checked against the statuses after the mark, only when something was recorded; only
        // theirs are read (every standing mark was over a quarter of a large `done`).
        let recorded = note != nil || changes.contains(where: \.isRecorded)
        let prerequisites = Array(Set(skills.flatMap(\.requires.ids)))
        return MarkSummary(
            status: status, changes: changes, skills: skills, day: day, hasNote: note != nil,
            statuses: recorded ? try session.progress(includingNotes: false, of: prerequisites).mapValues(\.status) : [:])
    }
}
