import ArgumentParser
import RoadmapCore

struct SkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Skip skills: they leave the count, and never count as done.")

    @Argument(help: "The skills.")
    var skills: [String]

    @Option(help: "Why you skip them.")
    var reason: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if skills.isEmpty { throw ValidationError("Name at least one skill") }
    }

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .skipped, commandName: "skip").run(skills, note: reason)
    }
}
