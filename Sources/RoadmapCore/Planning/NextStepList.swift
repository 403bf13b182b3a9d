/// `roadmap next`: the steps, best first. Its JSON is the array of steps.
public struct NextStepList: Sendable, Hashable, Encodable {
    public var steps: [NextStep]

    public init(_ steps: [NextStep]) { self.steps = steps }

    public func encode(to encoder: any Encoder) throws { try steps.encode(to: encoder) }
}
