import ArgumentParser
import RoadmapCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a roadmap's skills grouped by stage, then area, with prerequisites.")

    @Argument(help: "The roadmap id, as 'roadmap list' prints it.")
    var roadmap: String

    @Option(help: "Only this stage (e.g. entry, mid, senior, leadership).")
    var stage: String?

    @Option(help: "Only this area.")
    var area: String?

    @Flag(help: "Print JSON: {id, title, summary, version, builtin, stages, areas, skills}.")
    var json = false

    func run() throws {
        let terminal = Terminal.process
        let catalog = try CatalogSource.load()
        let detail = try RoadmapDetail(catalog.requireRoadmap(roadmap), in: catalog, stage: stage, area: area)
        terminal.write(json ? try JSONOutput.render(detail) : DetailText.render(detail, style: terminal.style))
    }
}
