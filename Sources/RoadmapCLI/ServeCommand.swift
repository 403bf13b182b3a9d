import ArgumentParser
import Foundation
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        if let roadmap { _ = try context.catalog().requireRoadmap(roadmap) }
        try context.database.checkFolder()
        let server = Self.serverBeside(executable: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: server) else { throw CommandError.serverMissing(server) }
        let arguments = [server, "--db", context.databasePath, "--version", RoadmapVersion.current]
            + (roadmap.map { [$0] } ?? []) + (port.map { ["--port", String($0)] } ?? []) + (open ? ["--open"] : [])
        fflush(nil)
        // The server takes this process's place, so Ctrl-C and SIGTERM reach it as they would roadmap.
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        throw CommandError.serverMissing(server)
    }

    static func serverBeside(executable: String) -> String {
        (executable as NSString).deletingLastPathComponent + "/roadmap-serve"
    }
}
