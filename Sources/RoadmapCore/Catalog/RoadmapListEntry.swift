/// One line of `roadmap list`; its JSON shape is documented in README.md.
public struct RoadmapListEntry: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    public var version: Int
    public var skills: Int
    public var stages: [String]
    public var builtin: Bool

    public init(_ roadmap: Roadmap) {
        id = roadmap.id
        title = roadmap.title
        summary = roadmap.summary
        version = roadmap.version
        skills = roadmap.skillIDs.count
        stages = roadmap.stages.map(\.id)
        builtin = roadmap.isBuiltin
    }
}

extension Catalog {
    public var listing: RoadmapListing { RoadmapListing(roadmaps.map(RoadmapListEntry.init)) }

    /// The roadmap with this id, or the error naming the known ones.
    public func requireRoadmap(_ id: String) throws -> Roadmap {
        guard let roadmap = roadmap(id) else {
            throw RoadmapError.unknownRoadmap(id, known: roadmaps.map(\.id))
        }
        return roadmap
    }
}
