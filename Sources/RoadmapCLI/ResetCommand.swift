import ArgumentParser
import RoadmapCore

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Set skills back to todo (their history stays).")

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .todo, commandName: "reset").run(named.skills)
    }
}
