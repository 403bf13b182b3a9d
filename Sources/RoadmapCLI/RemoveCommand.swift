import ArgumentParser
import RoadmapCore

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a custom roadmap; progress on its skills stays.")

    @Argument(help: "The custom roadmap's id.")
    var roadmap: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        let catalog = try invocation.catalog()
        let found = try catalog.requireRoadmap(roadmap)
        if found.isBuiltin {
            throw RoadmapError.invalidArgument("'\(roadmap)' is a built-in roadmap and cannot be removed; 'roadmap fork \(roadmap)' makes an editable copy")
        }
        _ = try invocation.openForWriting().removeCustomRoadmap(id: found.id, command: invocation.command("remove"))
        invocation.forgetCatalog()
        invocation.terminal.write("removed \(found.id); progress on its \(found.skillIDs.count) skills is kept and returns if you add it again\n")
    }
}
