import ArgumentParser
import RoadmapCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the roadmaps with their skill counts.")

    @Flag(help: "Print JSON: [{id, title, summary, version, skills, stages, builtin}].")
    var json = false

    func run() throws {
        let terminal = Terminal.process
        let listing = try CatalogSource.load().listing
        terminal.write(json ? try JSONOutput.render(listing) : ListingText.render(listing))
    }
}
