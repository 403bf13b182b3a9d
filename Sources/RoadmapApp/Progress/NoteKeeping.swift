import RoadmapCore
import RoadmapStore

/// A skill's notes: list, add, withdraw (undo brings a withdrawn one back).
public struct NoteKeeping {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func list(_ name: String) throws -> NoteOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        return .listed(skill: skill.id, notes: try session.progress(includingNotes: true)[skill.id]?.notes ?? [])
    }

    public func add(_ name: String, text: String) throws -> NoteOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { throw RoadmapError.emptyText(what: "note") }
        try session.openForWriting().addNote(skill: skill.id, text: note, command: session.command("note"))
        return .added(skill: skill.id, text: note)
    }

    /// Withdraws the skill's note `number`, counted from 1 as `list` gives them.
    public func withdraw(_ name: String, number: Int) throws -> NoteOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        let notes = try session.progress(includingNotes: true)[skill.id]?.notes ?? []
        let chosen = try AttachmentNumber.pick(number, among: notes, what: "note", skill: skill.id)
        try session.openForWriting().withdrawNote(chosen, skill: skill.id, command: session.command("note"))
        return .withdrawn(skill: skill.id, number: number, note: chosen)
    }
}
