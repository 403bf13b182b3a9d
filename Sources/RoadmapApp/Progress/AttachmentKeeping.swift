import RoadmapCore
import RoadmapStore

/// A skill's notes or evidence links: list, add, withdraw (undo brings a withdrawn one back). One use case
/// for both, as they differ only in what an addition holds and how it is checked.
public struct AttachmentKeeping<Item: Attachment> {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// What `roadmap note` and `roadmap evidence` do: withdraw number N, else add, else list. `alsoGiven`: an
    /// option that belongs only to an addition was given too.
    public func act(_ name: String, withdraw number: Int?, adding addition: Item.Addition?, alsoGiven: Bool = false) throws -> Item.Outcome {
        if let number {
            guard addition == nil, !alsoGiven else { throw CommandError.eitherOr(Item.additionName, "--withdraw N") }
            return try withdraw(name, number: number)
        }
        return try addition.map { try add(name, $0) } ?? list(name)
    }

    public func list(_ name: String) throws -> Item.Outcome {
        let skill = try SkillLookup(catalog: session.catalogOfFewSkills()).resolve(name)
        return Item.listed(skill: skill.id, try kept(by: skill.id))
    }

    public func add(_ name: String, _ addition: Item.Addition) throws -> Item.Outcome {
        let skill = try SkillLookup(catalog: session.catalogOfFewSkills()).resolve(name)
        let checked = try Item.checked(addition)
        return try Item.add(checked, skill: skill.id, to: session.openForWriting(), command: session.command(Item.what))
    }

    /// Withdraws the skill's item `number`, counted from 1 as `list` gives them.
    public func withdraw(_ name: String, number: Int) throws -> Item.Outcome {
        let skill = try SkillLookup(catalog: session.catalogOfFewSkills()).resolve(name)
        let chosen = try AttachmentNumber.pick(number, among: try kept(by: skill.id), what: Item.what, skill: skill.id)
        try Item.withdraw(chosen, skill: skill.id, from: session.openForWriting(), command: session.command(Item.what))
        return Item.withdrawn(skill: skill.id, number: number, chosen)
    }

    private func kept(by skill: String) throws -> [Item] {
        try session.progress(includingNotes: true, of: [skill])[skill].map(Item.kept) ?? []
    }
}

public typealias NoteKeeping = AttachmentKeeping<Note>
public typealias EvidenceKeeping = AttachmentKeeping<Evidence>

extension AttachmentKeeping where Item == Note {
    public func add(_ name: String, text: String) throws -> NoteOutcome { try add(name, text) }
}

extension AttachmentKeeping where Item == Evidence {
    public func add(_ name: String, url: String, title: String?) throws -> EvidenceOutcome { try add(name, (url, title)) }
}
