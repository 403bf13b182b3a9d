import ArgumentParser
import RoadmapCore

struct LearningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning",
        abstract: "Mark skills as being learnt.")

    @OptionGroup var named: SkillArguments

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        try StatusMarking(invocation: invocation, status: .learning, commandName: "learning").run(named.skills)
    }
}
