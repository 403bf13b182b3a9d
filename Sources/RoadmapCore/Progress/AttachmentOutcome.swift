/// What `roadmap note` did: listed a skill's notes, added one, or withdrew one.
public enum NoteOutcome: Sendable, Hashable {
    case listed(skill: String, notes: [Note])
    case added(skill: String, text: String)
    case withdrawn(skill: String, number: Int, note: Note)
}

/// What `roadmap evidence` did: listed a skill's evidence, linked some, or withdrew one.
public enum EvidenceOutcome: Sendable, Hashable {
    case listed(skill: String, evidence: [Evidence])
    case added(skill: String, url: String, title: String?)
    case withdrawn(skill: String, number: Int, evidence: Evidence)
}
