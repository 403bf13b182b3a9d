import Foundation
import RoadmapCore
import RoadmapStore

/// Records a review of done skills with how well they were recalled.
public struct Reviewing {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func record(_ names: [String], recall: Recall, on day: Day? = nil, note: String? = nil) throws -> ReviewSummary {
        try session.refuseFuture(day, option: "--on")
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if note?.isEmpty == true { throw RoadmapError.emptyText(what: "note") }
        let catalog = try session.catalogOfFewSkills()
        let skills = try SkillLookup(catalog: catalog).resolveAll(names).map(\.id)
        // With no database yet nothing is done, and a mistake must not leave a new file behind.
        if try session.openForReading() == nil, let first = skills.first { throw RoadmapError.notDone(first, status: .todo) }
        let store = try session.openForWriting()
        try store.recordReviews(
            skills: skills, recall: recall, on: day, note: note, aliases: catalog.skillAliases, timeZone: session.timeZone,
            command: session.command("reviewed"))
        let schedule = ReviewSchedule(try store.reviewLog(aliases: catalog.skillAliases, timeZone: session.timeZone), today: session.today)
        var seen = Set<String>()
        return ReviewSummary(
            skills: skills.filter { seen.insert($0).inserted }, recall: recall, day: day ?? session.today, schedule: schedule)
    }
}
