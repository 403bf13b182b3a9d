import ArgumentParser
import RoadmapCore

struct StatusCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where you stand on each started roadmap.",
        discussion: """
            Examples:
              roadmap status
              roadmap status python --json
            """)

    @Argument(help: "Only this roadmap (started or not).", completion: .roadmaps)
    var roadmap: String?

    @Flag(help: "Print JSON: [{id, title, started, startedAt, targetStage, targetDate, total, done, learning, skipped, todo, percent, inProgress}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let statuses = try context.statuses()
        let standings = try context.chosenRoadmaps(roadmap).map {
            Standing($0.roadmap, in: catalog, statuses: statuses, enrolment: $0.enrolment)
        }
        // A line about sync is a remark: status never fails for it.
        let sync = (try? context.openForReading()?.syncState()).flatMap { SyncReminder($0, now: context.now) }
        try context.show(StatusSummary(standings, reviewsDue: try context.reviewsDue(roadmap: roadmap), sync: sync), json: json)
    }
}
