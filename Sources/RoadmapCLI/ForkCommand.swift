import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ForkCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "fork",
        abstract: "Write a roadmap as an editable YAML file under a new id, ready for 'roadmap add'.",
        discussion: """
            The copy includes the original's skills by id, so progress on them is shared.

            Examples:
              roadmap fork python
              roadmap fork python --id team-python --output team-python.yaml
            """)

    @Argument(help: "The roadmap to copy.", completion: .roadmaps)
    var roadmap: String

    @Option(help: "The new roadmap's id (default: my-ROADMAP).")
    var id: String?

    @Option(help: "Write to this file instead of standard output.", completion: .roadmapFiles)
    var output: String?

    @Flag(help: "Overwrite --output if it exists.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        context.show(try CustomRoadmapKeeping(session: context).fork(roadmap, id: id, output: output, force: force), hint: { "edit it, then 'roadmap add \($0)'" })
    }
}
