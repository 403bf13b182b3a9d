/// One thing to learn. Defined once in the catalog and referenced by id everywhere else,
/// so progress on it counts in every roadmap that contains it.
public struct Skill: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var area: String
    /// The career stage by which the skill is expected.
    public var stage: String
    /// Prerequisite skill ids.
    public var requires: [String]
    public var summary: String
    public var keywords: [String]
    /// The document and section the skill is drawn from.
    public var source: String
    public var resources: [Resource]
    public var hours: Int?
    /// The roadmap whose file defines the skill.
    public var roadmap: String
    /// Former ids: progress recorded under them belongs to this skill.
    public var aliases: [String]

    public init(
        id: String, title: String, area: String, stage: String, requires: [String] = [],
        summary: String = "", keywords: [String] = [], source: String = "",
        resources: [Resource] = [], hours: Int? = nil, roadmap: String, aliases: [String] = []
    ) {
        self.aliases = aliases
        self.id = id
        self.title = title
        self.area = area
        self.stage = stage
        self.requires = requires
        self.summary = summary
        self.keywords = keywords
        self.source = source
        self.resources = resources
        self.hours = hours
        self.roadmap = roadmap
    }
}

/// Somewhere to learn a skill from.
public struct Resource: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case official, course, book, article, video
    }

    public var title: String
    public var url: String
    public var kind: Kind

    public init(title: String, url: String, kind: Kind) {
        self.title = title
        self.url = url
        self.kind = kind
    }
}
