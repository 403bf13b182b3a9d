import ArgumentParser
import RoadmapApp
import RoadmapCore

struct SkipCommand: MarkingCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Skip skills: they leave the count, and never count as done.",
        discussion: """
            Examples:
              roadmap skip python.jupyter --reason \"I work in scripts\"
              roadmap skip math.matrix-calculus
            """)

    static let status: SkillStatus = .skipped

    @OptionGroup var named: SkillArguments

    @Option(help: "Why you skip them.")
    var reason: String?

    var note: String? { reason }

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions
}
