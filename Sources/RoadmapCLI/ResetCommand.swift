import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ResetCommand: MarkingCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Set skills back to todo (their history stays).",
        discussion: """
            Examples:
              roadmap reset numpy
              roadmap reset python.pandas python.matplotlib
            """)

    static let status: SkillStatus = .todo

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions
}
