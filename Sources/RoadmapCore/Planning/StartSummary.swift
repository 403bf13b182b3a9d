/// What `roadmap start` did, where the user now stands on the roadmap, and what to learn first.
public struct StartSummary: Sendable, Hashable {
    public var roadmap: String
    public var title: String
    public var change: EnrolmentChange
    public var standing: Standing
    public var next: [NextStep]

    public init(_ roadmap: Roadmap, change: EnrolmentChange, in catalog: Catalog, statuses: [String: SkillStatus]) {
        self.roadmap = roadmap.id
        title = roadmap.title
        self.change = change
        standing = Standing(roadmap, in: catalog, statuses: statuses, enrolment: change.enrolment)
        next = NextSteps.compute(roadmap, in: catalog, statuses: statuses, limit: 5)
    }

    /// The same enrolment and target as before: nothing was recorded.
    public var recordedNothing: Bool { !change.isNew && !change.targetChanged }
}
