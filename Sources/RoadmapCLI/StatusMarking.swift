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
        if let day, day > context.today {
            throw RoadmapError.futureDate(day, option: "--on", today: context.today)
        }
        let store = try context.openForWriting()
        let changes = try store.markStatus(
            status, skills: skills.map(\.id), aliases: catalog.skillAliases, on: day, timeZone: context.timeZone, note: note,
            command: context.command(commandName))
        let terminal = context.terminal
        guard note != nil || changes.contains(where: \.isRecorded) else {
            let ids = changes.map(\.skill)
            terminal.write("\(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") already \(status.rawValue); nothing recorded\n")
            return
        }
        let statuses = try context.statuses()
        let width = skills.map(\.id.count).max() ?? 0
        for change in changes {
            let title = catalog.skills[change.skill]?.title ?? change.skill
            let dated = day.map { " on \($0)" } ?? ""
            if change.isChange {
                terminal.write("\(StatusMark.render(change.to, style: terminal.style)) \(change.skill.padding(width))  \(title)  (\(change.from.rawValue) → \(change.to.rawValue)\(dated))\n")
            } else if change.isCorrection {
                let was = change.fromSince.map { " from \($0.day(in: context.timeZone))" } ?? ""
                terminal.write("\(StatusMark.render(change.to, style: terminal.style)) \(change.skill.padding(width))  \(title)  (\(change.to.rawValue)\(dated), corrected\(was))\n")
            } else {
                terminal.write("    \(change.skill.padding(width))  \(title)  (already \(change.to.rawValue)\(note == nil ? "" : "; note kept"))\n")
            }
        }
        // Learning or finishing ahead of a prerequisite is allowed; say which ones are still open.
        guard status == .done || status == .learning else { return }
        for skill in skills {
            let open = skill.requires.filter { !(statuses[$0] ?? .todo).isSettled }
            if !open.isEmpty {
                terminal.write("note: \(skill.id) requires \(open.joined(separator: ", ")), not done yet (recorded anyway)\n")
            }
        }
    }
}
