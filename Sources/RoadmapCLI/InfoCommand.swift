import ArgumentParser
import RoadmapApp
import RoadmapCore

struct InfoCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "A skill's page: its roadmaps, stage and area, summary, resources, prerequisites, what it unlocks, your progress and its history.",
        discussion: """
            Examples:
              roadmap info numpy
              roadmap info \"Matrix calculus\"
              roadmap info python.numpy --json
            """)

    @Argument(help: "The skill: its id, a unique last part or prefix of one, or its title.", completion: .skills)
    var skill: String

    @Flag(help: "Print JSON: {id, title, roadmaps, stage, area, summary, keywords, hours, resources, requires, requiresOneOf, unlocks, unlocksInAll, status, since, notes, evidence, history}.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(CatalogQueries(session: context).info(skill), json: json)
    }
}
