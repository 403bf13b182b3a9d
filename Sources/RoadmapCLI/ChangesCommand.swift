import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        if let roadmap { _ = try context.catalog().requireRoadmap(roadmap) }
        // Changes found by this very run are recorded first, so they show here too.
        ChangeNotice.tell(context)
        try context.show(context.openForReading()?.changes(roadmap: roadmap) ?? ChangeLog([]), json: json)
    }
}
