/// One thing to learn. Defined once in the catalog and referenced by id everywhere else,
/// so progress on it counts in every roadmap that contains it.
public struct Skill: Sendable, Hashable, Codable {
    public var id: String {
        get { storage.fields.id }
        set { unique().fields.id = newValue }
    }
    public var title: String {
        get { storage.fields.title }
        set { unique().fields.title = newValue }
    }
    public var area: String {
        get { storage.fields.area }
        set { unique().fields.area = newValue }
    }
    /// The career stage by which the skill is expected.
    public var stage: String {
        get { storage.fields.stage }
        set { unique().fields.stage = newValue }
    }
    /// Prerequisites as written: skills, and choices of which any one will do.
    public var requires: [Prerequisite] {
        get { storage.fields.requires }
        set { unique().fields.requires = newValue }
    }
    public var summary: String {
        get { storage.fields.summary }
        set { unique().fields.summary = newValue }
    }
    public var keywords: [String] {
        get { storage.fields.keywords }
        set { unique().fields.keywords = newValue }
    }
    /// The document and section the skill is drawn from.
    public var source: String {
        get { storage.fields.source }
        set { unique().fields.source = newValue }
    }
    public var resources: [Resource] {
        get { storage.fields.resources }
        set { unique().fields.resources = newValue }
    }
    public var hours: Int? {
        get { storage.fields.hours }
        set { unique().fields.hours = newValue }
    }
    /// The roadmap whose file defines the skill.
    public var roadmap: String {
        get { storage.fields.roadmap }
        set { unique().fields.roadmap = newValue }
    }
    /// Former ids: progress recorded under them belongs to this skill.
    public var aliases: [String] {
        get { storage.fields.aliases }
        set { unique().fields.aliases = newValue }
    }
    /// Optional for its stage: counted in the stage only once the user starts it.
    public var elective: Bool {
        get { storage.fields.elective }
        set { unique().fields.elective = newValue }
    }
    /// The group of skills of its stage of which the stage counts one (`one_of` in the file); nil for none.
    public var oneOf: String? {
        get { storage.fields.oneOf }
        set { unique().fields.oneOf = newValue }
    }
    /// Required for its stage: neither an elective nor one of a group.
    public var isRequired: Bool { !elective && oneOf == nil }

    /// One reference per skill, copied on write: reports copy thousands of skills around, and a struct of a
    /// dozen strings and arrays costs a dozen retains per copy.
    private var storage: Storage

    public init(
        id: String, title: String, area: String, stage: String, requires: [Prerequisite] = [],
        summary: String = "", keywords: [String] = [], source: String = "",
        resources: [Resource] = [], hours: Int? = nil, roadmap: String, aliases: [String] = [],
        elective: Bool = false, oneOf: String? = nil
    ) {
        storage = Storage(Fields(
            id: id, title: title, area: area, stage: stage, requires: requires, summary: summary, keywords: keywords,
            source: source, resources: resources, hours: hours, roadmap: roadmap, aliases: aliases,
            elective: elective, oneOf: oneOf))
    }

    public init(from decoder: Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    public static func == (lhs: Skill, rhs: Skill) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    // Mutated only through `unique()`, after the copy on write, so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The stored form; its Codable shape is the skill's.
    private struct Fields: Hashable, Codable {
        var id: String
        var title: String
        var area: String
        var stage: String
        var requires: [Prerequisite]
        var summary: String
        var keywords: [String]
        var source: String
        var resources: [Resource]
        var hours: Int?
        var roadmap: String
        var aliases: [String]
        var elective: Bool
        var oneOf: String?
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
