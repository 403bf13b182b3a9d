import ArgumentParser
import RoadmapApp
import RoadmapCore

struct StartCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start following a roadmap (again: update its target).",
        discussion: """
            Examples:
              roadmap start ml-engineer --target mid
              roadmap start python --target senior --by 2027-06-30
            """)

    @Argument(help: "The roadmap id, as 'roadmap list' prints it.", completion: .roadmaps)
    var roadmap: String

    @Option(help: "The stage you aim for: its id or a job word (junior, mid, senior, lead).", completion: .stages)
    var target: String?

    @Option(help: ArgumentHelp("The day you aim to reach it by.", valueName: "YYYY-MM-DD"))
    var by: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        context.show(try Enrolling(session: context).start(roadmap, target: target, by: by))
    }
}
