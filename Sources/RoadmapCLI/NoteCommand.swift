import ArgumentParser
import RoadmapCore

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Keep a note on a skill (shown by 'show', exported later).")

    @Argument(help: "The skill.")
    var skill: String

    @Argument(help: "The note; several words need no quotes.")
    var text: [String] = []

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        let skill = try SkillLookup(catalog: invocation.catalog()).resolve(self.skill)
        let note = text.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { throw RoadmapError.emptyText(what: "note") }
        try invocation.openForWriting().addNote(skill: skill.id, text: note, command: invocation.command("note"))
        invocation.terminal.write("noted on \(skill.id): \(Inline.text(note))\n")
    }
}
