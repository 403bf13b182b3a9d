import Foundation

/// Where the user stands on one skill, derived from the commands in the log that still stand.
public struct SkillProgress: Sendable, Hashable {
    public let skill: String
    /// Status set by the newest standing status event; todo when there is none.
    public let status: SkillStatus
    /// When that status took effect (a dated day for a back-dated mark); nil when the status was never set.
    public let since: EffectiveTime?
    /// Notes in force (neither undone nor withdrawn), oldest first.
    public let notes: [Note]
    /// Evidence in force (neither undone nor withdrawn), oldest first.
    public let evidence: [Evidence]

    public init(skill: String, status: SkillStatus, since: EffectiveTime?, notes: [Note], evidence: [Evidence]) {
        self.skill = skill
        self.status = status
        self.since = since
        self.notes = notes
        self.evidence = evidence
    }
}

/// A free-text note on a skill.
public struct Note: Sendable, Hashable, Encodable {
    public let text: String
    public let at: Date
    /// The uuid of the event that recorded it, so it can be withdrawn; not part of any output.
    public let event: String?

    public init(text: String, at: Date, event: String? = nil) {
        self.text = text
        self.at = at
        self.event = event
    }

    private enum CodingKeys: String, CodingKey { case text, at }
}

/// A link showing work done on a skill.
public struct Evidence: Sendable, Hashable, Encodable {
    public let url: String
    public let title: String?
    public let at: Date
    /// The uuid of the event that recorded it, so it can be withdrawn; not part of any output.
    public let event: String?

    public init(url: String, title: String?, at: Date, event: String? = nil) {
        self.url = url
        self.title = title
        self.at = at
        self.event = event
    }

    private enum CodingKeys: String, CodingKey { case url, title, at }
}
