import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let roadmap = try catalog.requireRoadmap(self.roadmap)
        let targetStage = try target.map { try StageWords.require($0, in: roadmap).id }
        if let by {
            let day = try context.day(by, option: "--by")
            if day < context.today { throw RoadmapError.pastDate(day, option: "--by", today: context.today) }
        }
        let change = try context.openForWriting().enrol(roadmap: roadmap.id, targetStage: targetStage, targetDate: by, command: context.command("start"))
        context.show(StartSummary(roadmap, change: change, in: catalog, statuses: try context.statuses()))
    }
}
