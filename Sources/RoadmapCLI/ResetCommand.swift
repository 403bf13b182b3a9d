import ArgumentParser
import RoadmapCore

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Set skills back to todo (their history stays).")

    @Argument(help: "The skills.")
    var skills: [String]

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if skills.isEmpty { throw ValidationError("Name at least one skill") }
    }

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .todo, commandName: "reset").run(skills)
    }
}
