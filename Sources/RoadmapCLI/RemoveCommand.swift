import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let found = try catalog.requireRoadmap(roadmap)
        if found.isBuiltin {
            throw CommandError.builtinRoadmap(roadmap)
        }
        _ = try context.openForWriting().removeCustomRoadmap(id: found.id, command: context.command("remove"))
        context.forgetCatalog()
        context.show(RoadmapRemoval(roadmap: found.id, skills: found.skillIDs.count))
    }
}
