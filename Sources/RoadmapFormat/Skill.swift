/// One thing to learn. Defined once in the catalog and referenced by id everywhere else,
/// so progress on it counts in every roadmap that contains it.
public struct Skill: Sendable, Hashable, Codable {
    public var id: String {
        get { storage.id }
        set { update { $0.id = newValue } }
    }
    public var title: String {
        get { storage.title }
        set { update { $0.title = newValue } }
    }
    public var area: String {
        get { if let core = storage.known { core.area } else { storage.asked.value.area } }
        set { update { $0.area = newValue } }
    }
    /// The career stage by which the skill is expected.
    public var stage: String {
        get { if let core = storage.known { core.stage } else { storage.asked.value.stage } }
        set { update { $0.stage = newValue } }
    }
    /// Prerequisites as written: skills, and choices of which any one will do.
    public var requires: [Prerequisite] {
        get { storage.requires }
        set { update { $0.requires = newValue } }
    }

    /// `requires`' ids in order as their UTF-8 bytes (valid only during `body`), each with the place among `requires`
    /// of the choice it is an alternative of, nil for a plain prerequisite: a graph of ten thousand compiled skills
    /// makes no String of the fourteen thousand ids it looks up.
    public func forEachPrerequisiteID(_ body: (UnsafeBufferPointer<UInt8>, _ choice: Int?) -> Void) {
        storage.forEachPrerequisiteID(body)
    }
    public var summary: String {
        get { storage.details.summary }
        set { update { $0.summary = newValue } }
    }
    public var keywords: [String] {
        get { storage.details.keywords }
        set { update { $0.keywords = newValue } }
    }
    /// The document and section the skill is drawn from.
    public var source: String {
        get { storage.details.source }
        set { update { $0.source = newValue } }
    }
    public var resources: [Resource] {
        get { storage.details.resources }
        set { update { $0.resources = newValue } }
    }
    public var hours: Int? {
        get { if let core = storage.known { core.hours } else { storage.asked.value.hours } }
        set { update { $0.hours = newValue } }
    }
    /// The roadmap whose file defines the skill.
    public var roadmap: String {
        get { storage.roadmap }
        set { update { $0.roadmap = newValue } }
    }
    /// Former ids: progress recorded under them belongs to this skill.
    public var aliases: [String] {
        get { if let core = storage.known { core.aliases } else { storage.asked.value.aliases } }
        set { update { $0.aliases = newValue } }
    }
    /// Optional for its stage: counted in the stage only once the user starts it.
    public var elective: Bool {
        get { if let core = storage.known { core.elective } else { storage.asked.value.elective } }
        set { update { $0.elective = newValue } }
    }
    /// The group of skills of its stage of which the stage counts one (`one_of` in the file); nil for none.
    public var oneOf: String? {
        get { if let core = storage.known { core.oneOf } else { storage.asked.value.oneOf } }
        set { update { $0.oneOf = newValue } }
    }
    /// Required for its stage: neither an elective nor one of a group.
    public var isRequired: Bool { !elective && oneOf == nil }

    /// Where a compiled document's skill, its stage, area and prerequisites are written; nil for a skill made any other way.
    var compiledPlaces: DocumentSkill.Places? { storage.compiledPlaces }

    /// One reference per skill, replaced on write: reports copy thousands of skills around, and a struct of a
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

    /// A skill of a compiled document whose details are read from its record when first asked for.
    init(_ core: Core, record: CompiledRoadmap.SkillRecord) {
        storage = Storage(core, record: record)
    }

    /// A skill of a compiled document whose text was found as written: all but its id is read from its record
    /// when first asked for (`done` and `undo` ask for one skill of ten thousand).
    init(id: String, roadmap: String, record: CompiledRoadmap.SkillRecord) {
        storage = Storage(id: id, roadmap: roadmap, record: record)
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

    /// A new storage, never a write to a shared one: a compiled skill's may be read from several threads.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    /// What every command reads: the skill's identity and where it counts.
    struct Core {
        var id: String
        var area: String
        var stage: String
        var roadmap: String
        var aliases: [String]
        var elective: Bool
        var oneOf: String?
        var requires: [Prerequisite]
        var hours: Int?

        /// The core of a record that does not read, where one was found readable before: never taken, but no trap.
        static func unread(id: String, roadmap: String) -> Core {
            Core(id: id, area: "", stage: "", roadmap: roadmap, aliases: [], elective: false, oneOf: nil, requires: [], hours: nil)
        }
    }

    /// What few commands read of most skills (titles, summaries, keywords…): for a compiled document's ten thousand skills,
    /// decoding these up front was a third of a large `status`, which reads none of them.
    final class Details: Sendable {
        let title: String
        let summary: String
        let keywords: [String]
        let source: String
        let resources: [Resource]

        init(title: String, summary: String, keywords: [String], source: String, resources: [Resource]) {
            self.title = title
            self.summary = summary
            self.keywords = keywords
            self.source = source
            self.resources = resources
        }
    }

    /// A core read when first asked for, shared by reference: a getter pays one retain, not a copy of every field.
    final class CoreBox: Sendable {
        let value: Core
        init(_ value: Core) { self.value = value }
    }

    // `askedCore` and a compiled skill's `decoded` are read and written only under its record's lock; everything else
    // (a written skill's `decoded` too) is set once, at init.
    private final class Storage: @unchecked Sendable {
        let id: String
        let roadmap: String
        /// Set at init, except for a compiled skill whose core is read when first asked for (`asked`). A stored
        /// optional, so a getter reads its one field without copying the others.
        let known: Core?
        /// A compiled skill's record, its details and (without `known`) its core read from it when asked; nil for a
        /// skill made any other way, whose details are `decoded` from the start. An optional beside them, not an enum
        /// of the two: an enum's tag rode in the record's pointer, where LeakSanitizer could not follow it (the built-in
        /// catalog, kept for the whole process, read as leaked).
        private let record: CompiledRoadmap.SkillRecord?
        private var askedCore: CoreBox?
        private var decoded: Details?

        init(_ fields: Fields) {
            (id, roadmap) = (fields.id, fields.roadmap)
            known = Core(id: fields.id, area: fields.area, stage: fields.stage, roadmap: fields.roadmap, aliases: fields.aliases, elective: fields.elective, oneOf: fields.oneOf, requires: fields.requires, hours: fields.hours)
            record = nil
            decoded = Details(title: fields.title, summary: fields.summary, keywords: fields.keywords, source: fields.source, resources: fields.resources)
        }

        init(_ core: Core, record: CompiledRoadmap.SkillRecord) {
            (id, roadmap) = (core.id, core.roadmap)
            known = core
            self.record = record
        }

        init(id: String, roadmap: String, record: CompiledRoadmap.SkillRecord) {
            (self.id, self.roadmap) = (id, roadmap)
            known = nil
            self.record = record
        }

        /// The core of a skill whose `known` is nil, read from its record under its lock the first time.
        var asked: CoreBox {
            // Every other skill has `known`.
            guard let record else { return CoreBox(Core.unread(id: id, roadmap: roadmap)) }
            return record.source.locked { reader in
                if let askedCore { return askedCore }
                let core = CoreBox(record.core(reading: &reader, id: id, roadmap: roadmap))
                askedCore = core
                return core
            }
        }

        /// The prerequisites; of a compiled skill read lazily, from its record each time asked, whether its core is
        /// read or not (a graph of every skill reads nothing else of them).
        var requires: [Prerequisite] {
            if let known { return known.requires }
            var requires: [Prerequisite] = []
            forEachPrerequisite { requires.append($0) }
            return requires
        }

        /// Each prerequisite in order; of a compiled skill whose core is not read yet, from its record without the lock
        /// (the record reads the same as its core, asked or not).
        func forEachPrerequisite(_ body: (Prerequisite) -> Void) {
            if let known { return known.requires.forEach(body) }
            record?.forEachPrerequisite(body)
        }

        func forEachPrerequisiteID(_ body: (UnsafeBufferPointer<UInt8>, _ choice: Int?) -> Void) {
            guard let known else { record?.forEachPrerequisiteID(body); return }
            for (place, prerequisite) in known.requires.enumerated() {
                switch prerequisite {
                case var .skill(id): id.withUTF8 { body($0, nil) }
                case let .any(ids): for var id in ids { id.withUTF8 { body($0, place) } }
                }
            }
        }

        var details: Details {
            // Without a record, `decoded` was set at init and never changes: no lock.
            guard let record else { return decoded ?? Self.noDetails }
            return record.source.locked { reader in
                if let decoded { return decoded }
                let details = record.details(reading: &reader)
                decoded = details
                return details
            }
        }

        /// Never read: every skill without a record has its details from the start.
        private static let noDetails = Details(title: "", summary: "", keywords: [], source: "", resources: [])

        /// The details' title; of a compiled skill whose details are not read yet, its title alone, each time asked.
        var title: String {
            guard let record else { return decoded?.title ?? "" }
            // Under the lock for `decoded` only.
            return record.source.locked { _ in decoded?.title } ?? record.title()
        }

        /// Read again at each call: only the checks of an added or linted roadmap ask.
        var compiledPlaces: DocumentSkill.Places? {
            guard let record else { return nil }
            return record.source.locked { record.places(reading: &$0) }
        }

        var fields: Fields {
            let details = details, core = known ?? asked.value
            return Fields(
                id: core.id, title: details.title, area: core.area, stage: core.stage, requires: core.requires,
                summary: details.summary, keywords: details.keywords, source: details.source, resources: details.resources,
                hours: core.hours, roadmap: core.roadmap, aliases: core.aliases, elective: core.elective, oneOf: core.oneOf)
        }
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
