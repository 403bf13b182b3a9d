/// What `roadmap add FILE` did with a custom roadmap: added it, upgraded it, or found it already there.
public struct RoadmapAddition: Sendable, Hashable {
    public var roadmap: String
    public var title: String
    public var version: Int
    /// The version it replaced; nil when the roadmap is new.
    public var previousVersion: Int?
    public var skills: Int
    /// The same file was already added: nothing was recorded.
    public var recordedNothing: Bool

    public init(roadmap: String, title: String, version: Int, previousVersion: Int?, skills: Int, recordedNothing: Bool = false) {
        self.roadmap = roadmap
        self.title = title
        self.version = version
        self.previousVersion = previousVersion
        self.skills = skills
        self.recordedNothing = recordedNothing
    }
}

extension RoadmapAddition: TextRenderable {
    public func text(in context: TextContext) -> String {
        if recordedNothing { return "\(roadmap) version \(version) is already added; nothing recorded".wrappedLines(width: context.width, hangingIndent: "  ") }
        guard let previousVersion else {
            return "added \(roadmap): \(title), \(Plural.count(skills, "skill")); follow it with 'roadmap start \(roadmap)'"
                .wrappedLines(width: context.width, hangingIndent: "  ")
        }
        return "upgraded \(roadmap) from version \(previousVersion) to \(version): \(title), \(Plural.count(skills, "skill"))"
            .wrappedLines(width: context.width, hangingIndent: "  ")
    }
}
