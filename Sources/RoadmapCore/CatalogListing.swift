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
    public var listing: [RoadmapListEntry] { roadmaps.map(RoadmapListEntry.init) }

    /// The roadmap with this id, or the error naming the known ones.
    public func requireRoadmap(_ id: String) throws -> Roadmap {
        guard let roadmap = roadmap(id) else {
            throw RoadmapError.unknownRoadmap(id, known: roadmaps.map(\.id))
        }
        return roadmap
    }
}

public enum ListingText {
    /// `id  skills  title`, aligned, custom roadmaps marked.
    public static func render(_ entries: [RoadmapListEntry]) -> String {
        guard !entries.isEmpty else { return "no roadmaps\n" }
        let idWidth = entries.map(\.id.count).max() ?? 0
        let countWidth = entries.map { String($0.skills).count }.max() ?? 0
        var text = ""
        for entry in entries {
            let count = String(entry.skills)
            text += entry.id.padding(idWidth) + "  "
                + String(repeating: " ", count: countWidth - count.count) + count + " skills  "
                + entry.title + (entry.builtin ? "" : "  (custom)") + "\n"
        }
        return text
    }
}

extension String {
    /// Left-aligned in `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
