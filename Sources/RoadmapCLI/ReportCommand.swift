import ArgumentParser
import RoadmapCore

struct ReportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Progress per stage and area, the stage reached, the gap to the next stage, next steps and pace.")

    @Argument(help: "The roadmap (default: every started roadmap).")
    var roadmap: String?

    @Option(help: "Show the gap to this stage (default: your target, else the next stage).")
    var stage: String?

    @Flag(help: "Print JSON: one report object for ROADMAP, else an array of them (see README).")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        if let stage, roadmap == nil {
            throw CommandError.needsRoadmap(option: "--stage", example: "roadmap report ml-engineer --stage \(stage)")
        }
        let catalog = try context.catalog()
        let chosen = try context.chosenRoadmaps(roadmap)
        let progress = try context.progress()
        let reports = try chosen.map {
            try ProgressReport(
                $0.roadmap, in: catalog, progress: progress, enrolment: $0.enrolment,
                stage: stage, today: context.today, timeZone: context.timeZone)
        }
        try context.show(ProgressReports(reports, isSingle: roadmap != nil), json: json)
    }
}
