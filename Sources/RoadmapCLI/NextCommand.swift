import ArgumentParser
import RoadmapCore

struct NextCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What to learn next: skills whose prerequisites are done, earliest stage first, then those that unlock the most.")

    @Argument(help: "The roadmap (default: every started roadmap, else ml-engineer).")
    var roadmap: String?

    @Option(help: "How many.")
    var limit: Int = 10

    @Flag(help: "Print JSON: [{skill, title, stage, area, status, unlocks}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let statuses = try context.statuses()
        var roadmaps = try context.chosenRoadmaps(roadmap).map(\.roadmap)
        if roadmaps.isEmpty, let career = catalog.roadmap("ml-engineer") { roadmaps = [career] }
        // Several roadmaps share skills: merge their steps, keeping each skill once, in the same order of priority.
        var steps: [NextStep] = []
        for roadmap in roadmaps {
            for step in NextSteps.compute(roadmap, in: catalog, statuses: statuses) where !steps.contains(where: { $0.skill == step.skill }) {
                steps.append(step)
            }
        }
        if roadmaps.count > 1 {
            let order = Dictionary(uniqueKeysWithValues: ["entry", "mid", "senior", "leadership"].enumerated().map { ($1, $0) })
            steps = steps.enumerated().sorted { a, b in
                (a.element.status == .learning ? 0 : 1, order[a.element.stage] ?? 9, -a.element.unlocks, a.offset)
                    < (b.element.status == .learning ? 0 : 1, order[b.element.stage] ?? 9, -b.element.unlocks, b.offset)
            }.map(\.element)
        }
        steps = Array(steps.prefix(limit))
        let terminal = context.terminal
        terminal.write(json ? try JSONOutput.render(steps) : NextText.render(steps, style: terminal.style))
    }
}
