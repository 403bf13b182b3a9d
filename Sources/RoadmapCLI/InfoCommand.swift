import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let skill = try SkillLookup(catalog: catalog).resolve(self.skill)
        let progress = try context.progress(includingNotes: true)
        let history = try context.openForReading()?.history(timeZone: context.timeZone, skills: catalog.recordedIDs(of: skill.id)) ?? []
        let page = SkillPage(
            skill, in: catalog, progress: progress, history: history.map { HistoryRecord($0, in: catalog) }, timeZone: context.timeZone,
            schedule: try context.reviewSchedule())
        try context.show(page, json: json)
    }
}
