import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ServeCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the map you click: mark, note, review and undo in a browser, on this machine only.",
        discussion: """
            Serves on 127.0.0.1 only, behind a secret link it prints; runs roadmap-serve from beside this binary.

            Examples:
              roadmap serve --open
              roadmap serve python --port 8765
            """)

    @Argument(help: "The roadmap to show (default: the first started).", completion: .roadmaps)
    var roadmap: String?

    @Option(help: "The port (default: any free one).")
    var port: Int?

    @Flag(help: "Open the page in the browser (xdg-open).")
    var open = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    static var tellsChanges: Bool { false }

    func run(in context: CommandContext) throws {
        try ServerLaunch(session: context).run(roadmap: roadmap, port: port, open: open, database: context.database, version: RoadmapVersion.current)
    }
}
