import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ChangesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "How the roadmaps you started have changed: skills added, renamed, retired, moved.",
        discussion: """
            Examples:
              roadmap changes
              roadmap changes ml-engineer --json
            """)

    @Argument(help: "Only this roadmap.", completion: .roadmaps)
    var roadmap: String?

    @Flag(help: "Print JSON: [{roadmap, detectedAt, from, to, added, renamed, retired, moved}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        let (told, log) = try ChangeDetecting(session: context).changes(roadmap)
        ChangeNotice.tell(told, in: context)
        try context.show(log, json: json)
    }
}
