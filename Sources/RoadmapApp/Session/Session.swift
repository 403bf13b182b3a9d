import Foundation
import RoadmapCore
import RoadmapStore

/// What a use case works with, whichever front calls it: the clock of one action, the database (opened for
/// writing only once every input rule has passed) and the catalog. The command line's `CommandContext` is one;
/// the page server's `DatabaseSession` is another.
public protocol Session: AnyObject {
    /// When the action happens; fixed for the action.
    var now: Date { get }
    var timeZone: TimeZone { get }
    /// The database and the catalog, opened in the one order a session allows.
    var storage: SessionStorage { get }
    /// The command an action records, as `history` shows it.
    func command(_ name: String) -> CommandInfo
}

extension Session {
    public var today: Day { Day(now, in: timeZone) }

    /// The store for an action that records; created on first use.
    public func openForWriting() throws -> ProgressStore { try storage.openForWriting() }

    /// The store for a read; nil when nothing has been recorded yet, and never creates it.
    public func openForReading() throws -> ProgressStore? { try storage.openForReading() }

    /// The built-in roadmaps and the ones the user added.
    public func catalog() throws -> Catalog { try storage.catalog() }

    /// The same catalog, for an action about a few skills (`done`, `undo`): a custom roadmap's skills are read when
    /// first asked for, not all ten thousand now.
    public func catalogOfFewSkills() throws -> Catalog { try storage.catalog(skillsWhenAsked: true) }

    /// Progress by current skill id, or none when there is no database yet; with notes and evidence unless told
    /// otherwise, as the store's own default. Counting and planning need only `statuses()`.
    /// `of`: only these skills, for a command about a few.
    public func progress(includingNotes: Bool = true, of skills: [String]? = nil) throws -> [String: SkillProgress] {
        guard let store = try openForReading() else { return [:] }
        return try store.progress(includingNotes: includingNotes, aliases: catalog().skillAliases, of: skills)
    }

    public func statuses() throws -> [String: SkillStatus] { try progress(includingNotes: false).mapValues(\.status) }

    /// The reviews in the log; empty when there is no database yet. Give `progress` when it was just read (without
    /// notes, or with): the marks are then not read again.
    public func reviewLog(progress: [String: SkillProgress]? = nil) throws -> ReviewLog {
        try openForReading()?.reviewLog(aliases: catalog().skillAliases, timeZone: timeZone, progress: progress) ?? .empty
    }

    /// Marks and reviews happen on or before today: a later day is a typo, refused before anything is written.
    public func refuseFuture(_ day: Day?, option: String) throws {
        if let day, day > today { throw RoadmapError.futureDate(day, option: option, today: today) }
    }
}
