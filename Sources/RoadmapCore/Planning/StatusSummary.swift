/// `roadmap status`: where the user stands on each chosen roadmap. Its JSON is the array of standings.
public struct StatusSummary: Sendable, Hashable, Encodable {
    public var standings: [Standing]

    public init(_ standings: [Standing]) { self.standings = standings }

    public func encode(to encoder: any Encoder) throws { try standings.encode(to: encoder) }
}
