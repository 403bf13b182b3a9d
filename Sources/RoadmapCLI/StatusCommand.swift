import ArgumentParser
import RoadmapApp
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

    func run(in context: CommandContext) throws {
        try context.show(ProgressQueries(session: context).status(roadmap), json: json)
    }
}
