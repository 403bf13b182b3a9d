/// What `roadmap remove` took away: the roadmap, never the progress on its skills.
public struct RoadmapRemoval: Sendable, Hashable {
    public var roadmap: String
    public var skills: Int

    public init(roadmap: String, skills: Int) {
        self.roadmap = roadmap
        self.skills = skills
    }
}

extension RoadmapRemoval: TextRenderable {
    public func text(in context: TextContext) -> String {
        "removed \(roadmap); progress on its \(Plural.count(skills, "skill")) is kept and returns if you add it again"
            .wrappedLines(width: context.width, hangingIndent: "  ")
    }
}
