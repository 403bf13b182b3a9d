import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ListCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the roadmaps, built-in and custom, with their skill counts.",
        discussion: """
            Examples:
              roadmap list
              roadmap list --json
            """)

    @Flag(help: "Print JSON: [{id, title, summary, version, skills, stages, builtin}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(CatalogQueries(session: context).list(), json: json)
    }
}
