import RoadmapCore
import RoadmapStore

/// What done, learning, skip and reset share: resolve every skill first, record them in one transaction, report.
struct StatusMarking {
    var context: CommandContext
    var status: SkillStatus
    var commandName: String

    func run(_ names: [String], on day: Day? = nil, note: String? = nil) throws {
        let catalog = try context.catalog()
        let skills = try SkillLookup(catalog: catalog).resolveAll(names)
        if let note, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RoadmapError.emptyText(what: "note")
        }
        try context.refuseFuture(day, option: "--on")
        let store = try context.openForWriting()
        let changes = try store.markStatus(
            status, skills: skills.map(\.id), aliases: catalog.skillAliases, on: day, timeZone: context.timeZone, note: note,
            command: context.command(commandName))
        // Prerequisites are checked against the statuses after the mark, only when something was recorded.
        let recorded = note != nil || changes.contains(where: \.isRecorded)
        let summary = MarkSummary(
            status: status, changes: changes, skills: skills, day: day, hasNote: note != nil,
            statuses: recorded ? try context.statuses() : [:])
        context.show(summary)
    }
}
