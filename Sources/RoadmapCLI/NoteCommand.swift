import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let skill = try SkillLookup(catalog: context.catalog()).resolve(self.skill)
        if let withdraw {
            guard text.isEmpty else { throw CommandError.eitherOr("a note", "--withdraw N") }
            let notes = try context.progress(includingNotes: true)[skill.id]?.notes ?? []
            let chosen = try AttachmentNumber.pick(withdraw, among: notes, what: "note", skill: skill.id)
            try context.openForWriting().withdrawNote(chosen, skill: skill.id, command: context.command("note"))
            return context.show(NoteOutcome.withdrawn(skill: skill.id, number: withdraw, note: chosen))
        }
        guard !text.isEmpty else {
            return context.show(NoteOutcome.listed(skill: skill.id, notes: try context.progress(includingNotes: true)[skill.id]?.notes ?? []))
        }
        let note = text.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { throw RoadmapError.emptyText(what: "note") }
        try context.openForWriting().addNote(skill: skill.id, text: note, command: context.command("note"))
        context.show(NoteOutcome.added(skill: skill.id, text: note))
    }
}
