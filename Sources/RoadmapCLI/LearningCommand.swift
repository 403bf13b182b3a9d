import ArgumentParser
import RoadmapApp
import RoadmapCore

struct LearningCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning",
        abstract: "Mark skills as being learnt.",
        discussion: """
            Examples:
              roadmap learning pandas
              roadmap learning python.matplotlib python.jupyter
            """)

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        context.show(try StatusMarking(session: context, status: .learning, commandName: "learning").run(named.skills))
    }
}
