import ArgumentParser
import RoadmapCore

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark skills done.",
        discussion: "Name a skill by id (python.numpy), a unique part of it (numpy) or its title (\"Linear algebra\").")

    @Argument(help: "The skills.")
    var skills: [String]

    @Option(help: ArgumentHelp("The day you finished (for skills you already know).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: "A note to keep with the mark.")
    var note: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if skills.isEmpty { throw ValidationError("Name at least one skill") }
    }

    func run() throws {
        let invocation = try Invocation(database: database)
        let day = try on.map { try invocation.day($0, option: "--on") }
        try StatusMarking(invocation: invocation, status: .done, commandName: "done").run(skills, on: day, note: note)
    }
}
