import ArgumentParser
import RoadmapCore

struct NoteCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Keep a note on a skill (shown by 'show', exported later).")

    @Argument(help: "The skill.")
    var skill: String

    @Argument(help: "The note; several words need no quotes.")
    var text: [String] = []

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let skill = try SkillLookup(catalog: context.catalog()).resolve(self.skill)
        let note = text.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { throw RoadmapError.emptyText(what: "note") }
        try context.openForWriting().addNote(skill: skill.id, text: note, command: context.command("note"))
        context.terminal.write("noted on \(skill.id): \(Inline.text(note))\n")
    }
}
