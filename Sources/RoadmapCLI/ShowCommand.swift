import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ShowCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a roadmap's skills grouped by stage, then area, with prerequisites.",
        discussion: """
            Examples:
              roadmap show python
              roadmap show ml-engineer --stage entry
              roadmap show math --json
            """)

    @Argument(help: "The roadmap id, as 'roadmap list' prints it.", completion: .roadmaps)
    var roadmap: String

    @Option(help: "Only this stage (e.g. entry, mid, senior, leadership).", completion: .stages)
    var stage: String?

    @Option(help: "Only this area.")
    var area: String?

    @Flag(help: "Print JSON: {id, title, summary, version, builtin, progress, stages, areas, skills}.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(CatalogQueries(session: context).show(roadmap, stage: stage, area: area), json: json)
    }
}
