/// A value and where it was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A skill as one roadmap file defines it, with the places needed to report problems.
public struct DocumentSkill: Sendable, Hashable {
    public var skill: Skill
    public var location: SourceLocation
    public var stageLocation: SourceLocation
    public var areaLocation: SourceLocation
    /// Every skill id `requires` names, a choice's alternatives included, where it is written; `skill.requires`
    /// says which are choices.
    public var requires: [Located<String>] {
        get { writtenRequires ?? skill.compiledRequires ?? [] }
        set { writtenRequires = newValue }
    }
    public var aliases: [Located<String>]
    /// Nil for a compiled document's skill, whose places are read with the rest of its details, when first asked for.
    private var writtenRequires: [Located<String>]?

    public init(skill: Skill, location: SourceLocation, stageLocation: SourceLocation, areaLocation: SourceLocation, requires: [Located<String>], aliases: [Located<String>]) {
        self.skill = skill
        self.location = location
        self.stageLocation = stageLocation
        self.areaLocation = areaLocation
        self.writtenRequires = requires
        self.aliases = aliases
    }

    /// A compiled document's skill: where its prerequisites are written comes with its details.
    init(skill: Skill, location: SourceLocation, stageLocation: SourceLocation, areaLocation: SourceLocation, aliases: [Located<String>]) {
        self.skill = skill
        self.location = location
        self.stageLocation = stageLocation
        self.areaLocation = areaLocation
        self.aliases = aliases
    }

    public static func == (lhs: DocumentSkill, rhs: DocumentSkill) -> Bool {
        lhs.skill == rhs.skill && lhs.location == rhs.location && lhs.stageLocation == rhs.stageLocation
            && lhs.areaLocation == rhs.areaLocation && lhs.requires == rhs.requires && lhs.aliases == rhs.aliases
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(skill)
        hasher.combine(location)
        hasher.combine(stageLocation)
        hasher.combine(areaLocation)
        hasher.combine(requires)
        hasher.combine(aliases)
    }

    /// Each prerequisite with where its skill ids are written.
    public var locatedPrerequisites: [(prerequisite: Prerequisite, ids: [Located<String>])] {
        var start = 0
        return skill.requires.map { prerequisite in
            let end = min(start + prerequisite.ids.count, requires.count)
            defer { start = end }
            return (prerequisite, Array(requires[start..<end]))
        }
    }
}

/// One roadmap file as written, before it is checked against the rest of the catalog.
public struct RoadmapDocument: Sendable, Hashable {
    public var file: String
    public var location: SourceLocation
    public var id: Located<String>
    public var title: String
    public var summary: String
    public var version: Int
    public var stages: [Located<Stage>]
    public var areas: [Located<Area>]
    public var includes: [Located<String>]
    public var skills: [DocumentSkill]

    public init(
        file: String, location: SourceLocation, id: Located<String>, title: String, summary: String, version: Int,
        stages: [Located<Stage>], areas: [Located<Area>], includes: [Located<String>], skills: [DocumentSkill]
    ) {
        self.file = file
        self.location = location
        self.id = id
        self.title = title
        self.summary = summary
        self.version = version
        self.stages = stages
        self.areas = areas
        self.includes = includes
        self.skills = skills
    }
}
