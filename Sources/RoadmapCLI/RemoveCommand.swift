import ArgumentParser
import RoadmapApp
import RoadmapCore

struct RemoveCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a custom roadmap; progress on its skills stays.",
        discussion: """
            Examples:
              roadmap remove team-python
            """)

    @Argument(help: "The custom roadmap's id.", completion: .roadmaps)
    var roadmap: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        context.show(try CustomRoadmapKeeping(session: context).remove(roadmap))
    }
}
