/// One thing to learn. Defined once in the catalog and referenced by id everywhere else,
/// so progress on it counts in every roadmap that contains it. Its properties are `Fields`', read and set
/// through one reference per skill, copied on write: reports copy thousands of skills around, and a struct of
/// a dozen strings and arrays costs a dozen retains per copy.
@dynamicMemberLookup
public struct Skill: Sendable, Hashable, Codable {
    /// What a skill is; its Codable shape is the skill's.
    public struct Fields: Sendable, Hashable, Codable {
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
    }

    @usableFromInline var storage: Storage

    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            storage.fields[keyPath: field] = newValue
        }
    }

    public init(
        id: String, title: String, area: String, stage: String, requires: [String] = [],
        summary: String = "", keywords: [String] = [], source: String = "",
        resources: [Resource] = [], hours: Int? = nil, roadmap: String, aliases: [String] = []
    ) {
        storage = Storage(Fields(
            id: id, title: title, area: area, stage: stage, requires: requires, summary: summary, keywords: keywords,
            source: source, resources: resources, hours: hours, roadmap: roadmap, aliases: aliases))
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

    // Mutated only after the copy on write, so sharing it between threads is safe.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
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
