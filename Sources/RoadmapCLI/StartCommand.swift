import ArgumentParser
import RoadmapCore

struct StartCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start following a roadmap (again: update its target).")

    @Argument(help: "The roadmap id, as 'roadmap list' prints it.")
    var roadmap: String

    @Option(help: "The stage you aim for (e.g. mid, senior).")
    var target: String?

    @Option(help: ArgumentHelp("The day you aim to reach it by.", valueName: "YYYY-MM-DD"))
    var by: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let roadmap = try catalog.requireRoadmap(self.roadmap)
        if let target, roadmap.stage(target) == nil {
            throw RoadmapError.unknownStage(target, roadmap: roadmap.id, known: roadmap.stages.map(\.id))
        }
        if let by {
            let day = try context.day(by, option: "--by")
            if day < context.today {
                throw RoadmapError.invalidArgument("--by \(day) is in the past (today is \(context.today)); give a future date")
            }
        }
        let store = try context.openForWriting()
        let change = try store.enrol(roadmap: roadmap.id, targetStage: target, targetDate: by, command: context.command("start"))
        let statuses = try context.statuses()
        let standing = Standing(roadmap, in: catalog, statuses: statuses, enrolment: change.enrolment)
        let terminal = context.terminal
        let verb = change.isNew ? "started" : (change.targetChanged ? "updated the target of" : "already following")
        let unchanged = change.isNew || change.targetChanged ? "" : "; nothing recorded"
        terminal.write("\(verb) \(roadmap.id): \(roadmap.title)\(unchanged)\n")
        terminal.write(StandingText.render([standing], style: terminal.style))
        let next = NextSteps.compute(roadmap, in: catalog, statuses: statuses, limit: 5)
        if !next.isEmpty {
            terminal.write("\nlearn next:\n")
            for step in next {
                terminal.write("  \(step.skill.padding(32))  \(step.title)\n")
            }
            terminal.write("\nmark one with 'roadmap learning SKILL' or 'roadmap done SKILL'\n")
        }
    }
}
