import ArgumentParser
import RoadmapApp
import RoadmapCore

struct LearningCommand: MarkingCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning",
        abstract: "Mark skills as being learnt.",
        discussion: """
            Examples:
              roadmap learning pandas
              roadmap learning python.matplotlib python.jupyter
            """)

    static let status: SkillStatus = .learning

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions
}
