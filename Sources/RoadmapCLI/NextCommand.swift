import ArgumentParser
import RoadmapApp
import RoadmapCore

struct NextCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What to learn next: skills whose prerequisites are done, earliest stage first, then those that unlock the most.",
        discussion: """
            Examples:
              roadmap next
              roadmap next python --limit 5 --verbose
            """)

    @Argument(help: "The roadmap (default: every started roadmap, else ml-engineer).", completion: .roadmaps)
    var roadmap: String?

    @Option(parsing: CountLimit.parsing, help: "How many.")
    var limit: Int = 10

    @Flag(help: "Also each step's summary and first resource.")
    var verbose = false

    @Flag(help: "Print JSON: [{skill, title, stage, area, status, unlocks, hours}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(ProgressQueries(session: context).next(roadmap, limit: limit, verbose: verbose), json: json)
    }
}
