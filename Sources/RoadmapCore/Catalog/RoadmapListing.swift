/// `roadmap list`: every roadmap, built-in first. Its JSON is the array of entries.
public struct RoadmapListing: Sendable, Hashable, Encodable {
    public var entries: [RoadmapListEntry]

    public init(_ entries: [RoadmapListEntry]) { self.entries = entries }

    public func encode(to encoder: any Encoder) throws { try entries.encode(to: encoder) }
}
