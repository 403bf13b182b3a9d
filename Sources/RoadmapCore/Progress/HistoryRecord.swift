import Foundation

/// One line of `roadmap history`; its JSON shape is documented in README.md: what a record lacks is null, so
/// every record has every key, except `currentSkill`, `reverts`, `sinceBefore` and `sinceAfter`, which appear only when they apply.
public struct HistoryRecord: Sendable, Hashable, Codable {
    public var at: EffectiveTime
    public var recordedAt: Date
    /// Nil for a command that changed no skill (kind `command`).
    @ExplicitNull public var skill: String?
    public var kind: HistoryEntry.Kind
    @ExplicitNull public var from: SkillStatus?
    @ExplicitNull public var to: SkillStatus?
    @ExplicitNull public var note: String?
    @ExplicitNull public var url: String?
    @ExplicitNull public var title: String?
    /// Reviews only: easy, good, hard or forgot.
    @ExplicitNull public var recall: Recall?
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
    /// For a status event that kept the status (a corrected day, or the undo of one): when it counted from before
    /// and after.
    public var sinceBefore: EffectiveTime?
    public var sinceAfter: EffectiveTime?

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
        recall = entry.recall
        command = entry.commandName
        arguments = entry.commandArguments
        undone = entry.commandUndone
        reverts = entry.reverts
        sinceBefore = entry.sinceBefore
        sinceAfter = entry.sinceAfter
    }
}
