/// `roadmap next`: the steps, best first. Its JSON is the array of steps.
public struct NextStepList: Sendable, Hashable, Encodable {
    /// What `next --verbose` adds under a step.
    public struct Detail: Sendable, Hashable {
        public var summary: String
        public var resource: Resource?
    }

    public var steps: [NextStep]
    /// Each step's detail by skill id, for `--verbose`; nil when not asked for.
    public var details: [String: Detail]?

    /// - Parameter catalog: where the steps' details come from, for `--verbose`; nil for none.
    public init(_ steps: [NextStep], detailsFrom catalog: Catalog? = nil) {
        self.steps = steps
        details = catalog.map { catalog in
            steps.reduce(into: [:]) { details, step in
                guard let skill = catalog.skills[step.skill] else { return }
                details[step.skill] = Detail(summary: skill.summary, resource: skill.resources.first)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws { try steps.encode(to: encoder) }
}
