import ArgumentParser
import RoadmapApp
import RoadmapCore

struct NoteCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Keep a note on a skill (shown by 'show', exported later); without text, list its notes.",
        discussion: """
            'roadmap note SKILL' lists the skill's notes numbered; '--withdraw N' withdraws one ('roadmap undo' brings it back).

            Examples:
              roadmap note pandas Cleaned the NYC taxi dataset
              roadmap note pandas
              roadmap note pandas --withdraw 1
            """)

    @Argument(help: "The skill.", completion: .skills)
    var skill: String

    @Argument(help: "The note; several words need no quotes.")
    var text: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Withdraw the skill's note number N, as 'roadmap note SKILL' lists them.", valueName: "N"))
    var withdraw: Int?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        context.show(try NoteKeeping(session: context).act(skill, withdraw: withdraw, adding: text.isEmpty ? nil : text.joined(separator: " ")))
    }
}
