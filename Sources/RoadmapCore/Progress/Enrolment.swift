import Foundation

/// A roadmap the user follows, with an optional goal.
public struct Enrolment: Sendable, Hashable {
    public let roadmap: String
    public let startedAt: Date
    /// Stage id the user aims to finish, if any.
    public let targetStage: String?
    /// Day the user aims to finish by, "YYYY-MM-DD", if any.
    public let targetDate: String?
    public let updatedAt: Date

    public init(roadmap: String, startedAt: Date, targetStage: String?, targetDate: String?, updatedAt: Date) {
        self.roadmap = roadmap
        self.startedAt = startedAt
        self.targetStage = targetStage
        self.targetDate = targetDate
        self.updatedAt = updatedAt
    }
}

/// What `enrol` did.
public struct EnrolmentChange: Sendable, Hashable {
    public let enrolment: Enrolment
    /// True on the first enrolment in this roadmap.
    public let isNew: Bool
    /// True when an existing enrolment got a different target.
    public let targetChanged: Bool

    public init(enrolment: Enrolment, isNew: Bool, targetChanged: Bool) {
        self.enrolment = enrolment
        self.isNew = isNew
        self.targetChanged = targetChanged
    }
}
