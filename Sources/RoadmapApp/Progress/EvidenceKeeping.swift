import RoadmapCore
import RoadmapStore

/// A skill's evidence links: list, add, withdraw (undo brings a withdrawn one back).
public struct EvidenceKeeping {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func list(_ name: String) throws -> EvidenceOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        return .listed(skill: skill.id, evidence: try session.progress(includingNotes: true)[skill.id]?.evidence ?? [])
    }

    public func add(_ name: String, url: String, title: String?) throws -> EvidenceOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        guard LogField.isWebLink(url) else { throw RoadmapError.invalidURL(url) }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RoadmapError.emptyText(what: "--title")
        }
        try session.openForWriting().addEvidence(skill: skill.id, url: url, title: title, command: session.command("evidence"))
        return .added(skill: skill.id, url: url, title: title)
    }

    /// Withdraws the skill's evidence `number`, counted from 1 as `list` gives them.
    public func withdraw(_ name: String, number: Int) throws -> EvidenceOutcome {
        let skill = try SkillLookup(catalog: session.catalog()).resolve(name)
        let evidence = try session.progress(includingNotes: true)[skill.id]?.evidence ?? []
        let chosen = try AttachmentNumber.pick(number, among: evidence, what: "evidence", skill: skill.id)
        try session.openForWriting().withdrawEvidence(chosen, skill: skill.id, command: session.command("evidence"))
        return .withdrawn(skill: skill.id, number: number, evidence: chosen)
    }
}
