/// Where the user stands on one skill.
public enum SkillStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case todo, learning, done, skipped

    /// Done or skipped: nothing left to do for it.
    public var isSettled: Bool { self == .done || self == .skipped }
}
