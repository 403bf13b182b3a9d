import Foundation

/// Where the user stands on one skill, derived from the log.
public struct SkillProgress: Sendable, Hashable {
    public let skill: String
    /// Status set by the newest status event; todo when there is none.
    public let status: SkillStatus
    /// Effective time of the newest status event; nil when the status was never set.
    public let since: Date?
    /// Notes still in force (not undone), oldest first.
    public let notes: [Note]
    /// Evidence still in force (not undone), oldest first.
    public let evidence: [Evidence]

    public init(skill: String, status: SkillStatus, since: Date?, notes: [Note], evidence: [Evidence]) {
        self.skill = skill
        self.status = status
        self.since = since
        self.notes = notes
        self.evidence = evidence
    }
}

/// A free-text note on a skill.
public struct Note: Sendable, Hashable {
    public let text: String
    public let at: Date

    public init(text: String, at: Date) {
        self.text = text
        self.at = at
    }
}

/// A link showing work done on a skill.
public struct Evidence: Sendable, Hashable {
    public let url: String
    public let title: String?
    public let at: Date

    public init(url: String, title: String?, at: Date) {
        self.url = url
        self.title = title
        self.at = at
    }
}

extension Note: Codable {}
extension Evidence: Codable {}
