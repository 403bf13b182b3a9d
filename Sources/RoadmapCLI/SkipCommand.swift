import ArgumentParser
import RoadmapCore

struct SkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Skip skills: they leave the count, and never count as done.")

    @OptionGroup var named: SkillArguments

    @Option(help: "Why you skip them.")
    var reason: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .skipped, commandName: "skip").run(named.skills, note: reason)
    }
}
