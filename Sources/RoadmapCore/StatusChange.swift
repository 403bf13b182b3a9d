
/// One skill's status before and after a command; `from == to` when it already had that status.
public struct StatusChange: Sendable, Hashable {
    public let skill: String
    public let from: SkillStatus
    public let to: SkillStatus

    public init(skill: String, from: SkillStatus, to: SkillStatus) {
        self.skill = skill
        self.from = from
        self.to = to
    }

    /// False when the skill already had the requested status, so nothing was recorded for it.
    public var isChange: Bool { from != to }
}
