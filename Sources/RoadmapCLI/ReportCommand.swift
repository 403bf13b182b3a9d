import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ReportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Where you stand: stages, the stage reached, the gap to the next stage, next steps and pace, on one screen.",
        discussion: """
            Examples:
              roadmap report
              roadmap report ml-engineer --stage senior --full
              roadmap report python --json
            """)

    @Argument(help: "The roadmap (default: every started roadmap).", completion: .roadmaps)
    var roadmap: String?

    @Option(
        help: "Show the gap to this stage: its id or a job word like junior or lead (default: your target, else the next stage).",
        completion: .stages)
    var stage: String?

    @Flag(help: "Add areas, every open skill of the gap by stage and area, and each stage's projected day.")
    var full = false

    @Flag(help: "Print JSON: one report object for ROADMAP, else an array of them (see README).")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(ProgressQueries(session: context).report(roadmap, stage: stage, full: full), json: json)
    }
}
