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
    /// The store for an action that records; created on first use.
    func openForWriting() throws -> ProgressStore
    /// The store for a read; nil when nothing has been recorded yet, and never creates it.
    func openForReading() throws -> ProgressStore?
    /// The built-in roadmaps and the ones the user added.
    func catalog() throws -> Catalog
    /// The command an action records, as `history` shows it.
    func command(_ name: String) -> CommandInfo
}

extension Session {
    public var today: Day { Day(now, in: timeZone) }

    /// Progress by current skill id, or none when there is no database yet; without notes and evidence
    /// unless asked, as counting and planning need only statuses.
    public func progress(includingNotes: Bool = false) throws -> [String: SkillProgress] {
        guard let store = try openForReading() else { return [:] }
        return try store.progress(includingNotes: includingNotes, aliases: catalog().skillAliases)
    }

    public func statuses() throws -> [String: SkillStatus] { try progress().mapValues(\.status) }

    /// Marks and reviews happen on or before today: a later day is a typo, refused before anything is written.
    public func refuseFuture(_ day: Day?, option: String) throws {
        if let day, day > today { throw RoadmapError.futureDate(day, option: option, today: today) }
    }
}
