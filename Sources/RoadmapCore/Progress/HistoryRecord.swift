import Foundation

/// One line of `roadmap history`; its JSON shape is documented in README.md.
public struct HistoryRecord: Sendable, Hashable, Codable {
    public var at: EffectiveTime
    public var recordedAt: Date
    /// Nil for a command that changed no skill (kind `command`).
    public var skill: String?
    public var kind: HistoryEntry.Kind
    public var from: SkillStatus?
    public var to: SkillStatus?
    public var note: String?
    public var url: String?
    public var title: String?
    public var command: String
    public var arguments: [String]
    /// The command was later reverted by `undo`.
    public var undone: Bool
    /// The skill's id today, when it was recorded under a former one.
    public var currentSkill: String?
    /// No roadmap has the skill any more; its history stays.
    public var retired: Bool
    /// For an undo: the command line it reverted.
    public var reverts: [String]?

    public init(_ entry: HistoryEntry, in catalog: Catalog) {
        let isCommand = entry.kind == .command
        let current = isCommand ? nil : catalog.currentID(entry.skill)
        currentSkill = isCommand || current == entry.skill ? nil : current
        retired = !isCommand && current == nil
        at = entry.at
        recordedAt = entry.recordedAt
        skill = isCommand ? nil : entry.skill
        kind = entry.kind
        from = entry.from
        to = entry.to
        note = entry.note
        url = entry.url
        title = entry.title
        command = entry.commandName
        arguments = entry.commandArguments
        undone = entry.commandUndone
        reverts = entry.reverts
    }

    // Absent values are written as null, so every record has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(at, forKey: .at)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encode(skill, forKey: .skill)
        try container.encode(kind, forKey: .kind)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(note, forKey: .note)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(command, forKey: .command)
        try container.encode(arguments, forKey: .arguments)
        try container.encode(undone, forKey: .undone)
        try container.encodeIfPresent(currentSkill, forKey: .currentSkill)
        try container.encode(retired, forKey: .retired)
        try container.encodeIfPresent(reverts, forKey: .reverts)
    }
}
