import ArgumentParser
import RoadmapCore

struct LearningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning",
        abstract: "Mark skills as being learnt.")

    @Argument(help: "The skills.")
    var skills: [String]

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if skills.isEmpty { throw ValidationError("Name at least one skill") }
    }

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .learning, commandName: "learning").run(skills)
    }
}
