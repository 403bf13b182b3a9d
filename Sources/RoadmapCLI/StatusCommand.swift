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
        let statuses = try invocation.statuses()
        let standings = try invocation.chosenRoadmaps(roadmap).map {
            Standing($0.roadmap, in: catalog, statuses: statuses, enrolment: $0.enrolment)
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
