import ArgumentParser
import RoadmapApp
import RoadmapCore

struct DoneCommand: MarkingCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark skills done.",
        discussion: """
            Name a skill by id (python.numpy), a unique part of it (numpy) or its title ("Matrix calculus").

            Examples:
              roadmap done python.basics numpy
              roadmap done pandas --on 2026-01-10 --note "Cleaned the taxi data"
            """)

    static let status: SkillStatus = .done

    @OptionGroup var named: SkillArguments

    @Option(help: ArgumentHelp("The day you finished (for skills you already know).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: "A note to keep with the mark.")
    var note: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions
}
