import ArgumentParser
import RoadmapCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the roadmaps, built-in and custom, with their skill counts.")

    @Flag(help: "Print JSON: [{id, title, summary, version, skills, stages, builtin}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        let listing = try invocation.catalog().listing
        invocation.terminal.write(json ? try JSONOutput.render(listing) : ListingText.render(listing))
    }
}
