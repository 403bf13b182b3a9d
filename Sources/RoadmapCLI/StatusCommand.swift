import ArgumentParser
import RoadmapCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where you stand on each started roadmap.")

    @Argument(help: "Only this roadmap (started or not).")
    var roadmap: String?

    @Flag(help: "Print JSON: [{id, title, started, startedAt, targetStage, targetDate, total, done, learning, skipped, todo, percent, inProgress}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        let catalog = try invocation.catalog()
        let selected = try roadmap.map { try catalog.requireRoadmap($0) }
        let store = try invocation.openForReading()
        let statuses = try invocation.statuses()
        let enrolments = try store?.enrolments() ?? []
        var standings: [Standing] = []
        if let selected {
            standings = [Standing(selected, in: catalog, statuses: statuses, enrolment: enrolments.first { $0.roadmap == selected.id })]
        } else {
            standings = enrolments.compactMap { enrolment in
                catalog.roadmap(enrolment.roadmap).map { Standing($0, in: catalog, statuses: statuses, enrolment: enrolment) }
            }
        }
        let terminal = invocation.terminal
        if json {
            terminal.write(try JSONOutput.render(standings))
        } else if standings.isEmpty {
            terminal.write("no roadmap started yet; begin with 'roadmap start ml-engineer' (see 'roadmap list')\n")
        } else {
            terminal.write(StandingText.render(standings, style: terminal.style))
        }
    }
}
