import ArgumentParser
import RoadmapApp
import RoadmapCore

struct SkipCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Skip skills: they leave the count, and never count as done.",
        discussion: """
            Examples:
              roadmap skip python.jupyter --reason \"I work in scripts\"
              roadmap skip math.matrix-calculus
            """)

    @OptionGroup var named: SkillArguments

    @Option(help: "Why you skip them.")
    var reason: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        context.show(try StatusMarking(session: context, status: .skipped, commandName: "skip").run(named.skills, note: reason))
    }
}
