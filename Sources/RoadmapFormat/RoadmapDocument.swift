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
    public var skill: Skill {
        get { definition }
        // A compiled skill changed is a written one: its places are kept first.
        set {
            if written == nil { written = places }
            definition = newValue
        }
    }
    public var location: SourceLocation {
        get { places.location }
        set { written = places.with { $0.location = newValue } }
    }
    public var stageLocation: SourceLocation {
        get { places.stageLocation }
        set { written = places.with { $0.stageLocation = newValue } }
    }
    public var areaLocation: SourceLocation {
        get { places.areaLocation }
        set { written = places.with { $0.areaLocation = newValue } }
    }
    /// Every skill id `requires` names, a choice's alternatives included, where it is written; `skill.requires`
    /// says which are choices.
    public var requires: [Located<String>] {
        get { places.requires }
        set { written = places.with { $0.requires = newValue } }
    }
    public var aliases: [Located<String>]
    /// Nil for a compiled document's skill, whose places are read from its record when asked for: only a check that
    /// finds something wrong, or of an added or linted roadmap, asks.
    private var written: Places?
    private var definition: Skill

    /// Where the skill, its stage, its area and each prerequisite id are written.
    struct Places: Sendable, Hashable {
        var location: SourceLocation
        var stageLocation: SourceLocation
        var areaLocation: SourceLocation
        var requires: [Located<String>]

        func with(_ change: (inout Places) -> Void) -> Places {
            var places = self
            change(&places)
            return places
        }
    }

    // A skill made any other way has `written`; the empty places are never returned.
    private var places: Places {
        written ?? definition.compiledPlaces ?? Places(
            location: SourceLocation(file: "", line: 0, column: 0), stageLocation: SourceLocation(file: "", line: 0, column: 0),
            areaLocation: SourceLocation(file: "", line: 0, column: 0), requires: [])
    }

    public init(skill: Skill, location: SourceLocation, stageLocation: SourceLocation, areaLocation: SourceLocation, requires: [Located<String>], aliases: [Located<String>]) {
        definition = skill
        written = Places(location: location, stageLocation: stageLocation, areaLocation: areaLocation, requires: requires)
        self.aliases = aliases
    }

    /// A compiled document's skill, whose places are read from its record.
    init(compiled skill: Skill, aliases: [Located<String>]) {
        definition = skill
        self.aliases = aliases
    }

    public static func == (lhs: DocumentSkill, rhs: DocumentSkill) -> Bool {
        lhs.definition == rhs.definition && lhs.places == rhs.places && lhs.aliases == rhs.aliases
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(definition)
        hasher.combine(places)
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
