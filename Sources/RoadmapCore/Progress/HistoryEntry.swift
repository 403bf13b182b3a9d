import Foundation

/// One event of the log, with the command that recorded it.
public struct HistoryEntry: Sendable, Hashable {
    /// What an event records.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A status change: `from` → `to`.
        case status
        /// A note added: `note`.
        case note
        /// Evidence added: `url`, `title`.
        case evidence
        /// A note withdrawn (by `note --withdraw`, or an undo of the command that added it): `note`.
        case noteWithdrawn = "note_withdrawn"
        /// A command that changed no skill (start, add, remove, import, or the undo of one); `skill` is empty.
        case command
        /// Evidence withdrawn (by `evidence --withdraw`, or an undo): `url`, `title`.
        case evidenceWithdrawn = "evidence_withdrawn"
        /// A done skill reviewed: `recall`, and `note` when given.
        case review
    }

    /// Event id; larger is newer.
    public let id: Int64
    /// When it took effect: when recorded, or the day a back-dated mark is dated to.
    public let at: EffectiveTime
    /// When the command ran.
    public let recordedAt: Date
    public let skill: String
    public let kind: Kind
    /// Status changes only.
    public let from: SkillStatus?
    public let to: SkillStatus?
    public let note: String?
    public let url: String?
    public let title: String?
    public let commandID: Int64
    public let commandName: String
    public let commandArguments: [String]
    /// True when a later undo reverted this event's command.
    public let commandUndone: Bool
    /// For an undo's events: the id of the command it reverted.
    public let undoes: Int64?
    /// For an undo: the command line it reverted, as typed.
    public let reverts: [String]?
    /// Reviews only: how well the skill was recalled.
    public let recall: Recall?
    /// A status event that kept the status (a day corrected with `--on`, or the undo of one): when the status
    /// counted from before it and after it.
    public var sinceBefore: EffectiveTime?
    public var sinceAfter: EffectiveTime?

    public init(
        id: Int64,
        at: EffectiveTime,
        recordedAt: Date,
        skill: String,
        kind: Kind,
        from: SkillStatus?,
        to: SkillStatus?,
        note: String?,
        url: String?,
        title: String?,
        commandID: Int64,
        commandName: String,
        commandArguments: [String],
        commandUndone: Bool,
        undoes: Int64?,
        reverts: [String]? = nil,
        recall: Recall? = nil
    ) {
        self.id = id
        self.at = at
        self.recordedAt = recordedAt
        self.skill = skill
        self.kind = kind
        self.from = from
        self.to = to
        self.note = note
        self.url = url
        self.title = title
        self.commandID = commandID
        self.commandName = commandName
        self.commandArguments = commandArguments
        self.commandUndone = commandUndone
        self.undoes = undoes
        self.reverts = reverts
        self.recall = recall
    }
}
