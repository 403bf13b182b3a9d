import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ResetCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Set skills back to todo (their history stays).",
        discussion: """
            Examples:
              roadmap reset numpy
              roadmap reset python.pandas python.matplotlib
            """)

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        context.show(try StatusMarking(session: context, status: .todo, commandName: "reset").run(named.skills))
    }
}
