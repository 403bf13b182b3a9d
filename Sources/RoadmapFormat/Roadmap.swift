/// A career stage of a roadmap, earliest first (entry, mid, senior, leadership for the built-ins).
public struct Stage: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    public var jobTitles: [String]

    public init(id: String, title: String, summary: String = "", jobTitles: [String] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.jobTitles = jobTitles
    }
}

/// A subject area that groups skills within a stage.
public struct Area: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String

    public init(id: String, title: String, summary: String = "") {
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// A roadmap: ordered stages, areas, and the ids of the skills it contains (its own and included ones).
public struct Roadmap: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String
    public var version: Int
    public var stages: [Stage]
    public var areas: [Area]
    /// Every skill of the roadmap, its own and included, in definition order.
    public var skillIDs: [String]
    /// What the file's `include` named: roadmap ids and skill ids.
    public var includes: [String]
    public var isBuiltin: Bool

    public init(
        id: String, title: String, summary: String, version: Int, stages: [Stage], areas: [Area],
        skillIDs: [String], includes: [String] = [], isBuiltin: Bool
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.version = version
        self.stages = stages
        self.areas = areas
        self.skillIDs = skillIDs
        self.includes = includes
        self.isBuiltin = isBuiltin
    }

    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    /// The position of a stage in this roadmap's order, or nil when the roadmap has no such stage.
    public func stageIndex(_ id: String) -> Int? { stages.firstIndex { $0.id == id } }
}
