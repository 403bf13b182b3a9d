import Foundation

/// What a command did (or would have done) to one skill's status and the day it took effect.
public struct StatusChange: Sendable, Hashable {
    public let skill: String
    public let from: SkillStatus
    public let to: SkillStatus
    /// When the status before took effect; nil when it was never set.
    public let fromSince: EffectiveTime?
    /// When the status after took effect; nil when it was never set.
    public let toSince: EffectiveTime?

    public init(skill: String, from: SkillStatus, to: SkillStatus, fromSince: EffectiveTime? = nil, toSince: EffectiveTime? = nil) {
        self.skill = skill
        self.from = from
        self.to = to
        self.fromSince = fromSince
        self.toSince = toSince
    }

    /// False when the skill already had the requested status, so nothing was recorded for it.
    public var isChange: Bool { from != to }

    /// The same status, effective from another day: a corrected date.
    public var isCorrection: Bool { from == to && fromSince != toSince }

    /// Whether anything was (or would be) recorded for the skill.
    public var isRecorded: Bool { isChange || isCorrection }
}
