import Foundation

/// What `roadmap show` prints: a roadmap's stages, areas and skills, optionally narrowed to one stage or area.
/// Its JSON shape is documented in README.md.
public struct RoadmapDetail: Sendable, Hashable, Encodable {
    public struct StageEntry: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var summary: String
        public var jobTitles: [String]
    }

    public struct AreaEntry: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
    }

    public struct SkillEntry: Sendable, Hashable, Encodable {
        public var id: String
        public var title: String
        public var area: String
        public var stage: String
        /// The plain prerequisites; the key older scripts read.
        public var requires: [String]
        /// Each choice's alternatives, any one of which will do.
        public var requiresOneOf: [[String]]
        /// Read from the skill when asked for: the text shows none of them, and a compiled roadmap's skill reads them
        /// from its record only then (ten thousand skills' details were a tenth of a large `show`).
        public var summary: String { skill.summary }
        public var keywords: [String] { skill.keywords }
        public var source: String { skill.source }
        public var resources: [Resource] { skill.resources }
        public var hours: Int?
        public var status: SkillStatus
        /// When the status was last set; absent for a skill never marked.
        public var since: EffectiveTime?
        /// The newest note, and every note oldest first; absent when there are none.
        public var note: String?
        public var notes: [Note]?
        public var evidence: [Evidence]?
        /// True for an elective: counted in its stage only once started; absent for other skills.
        public var elective: Bool?
        /// For a skill of a `one_of` group: every skill of the group in this roadmap, of which the stage counts one.
        public var oneOf: [String]?

        fileprivate let skill: Skill

        /// `requires`, then the choices.
        var prerequisites: [Prerequisite] { requires.map(Prerequisite.skill) + requiresOneOf.map(Prerequisite.any) }

        private enum CodingKeys: String, CodingKey {
            case id, title, area, stage, requires, requiresOneOf, summary, keywords, source, resources, hours, status, since
            case note, notes, evidence, elective, oneOf
        }

        /// The synthesized shape (absent optionals left out), with the details read from the skill.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(area, forKey: .area)
            try container.encode(stage, forKey: .stage)
            try container.encode(requires, forKey: .requires)
            try container.encode(requiresOneOf, forKey: .requiresOneOf)
            try container.encode(summary, forKey: .summary)
            try container.encode(keywords, forKey: .keywords)
            try container.encode(source, forKey: .source)
            try container.encode(resources, forKey: .resources)
            try container.encodeIfPresent(hours, forKey: .hours)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(since, forKey: .since)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encodeIfPresent(notes, forKey: .notes)
            try container.encodeIfPresent(evidence, forKey: .evidence)
            try container.encodeIfPresent(elective, forKey: .elective)
            try container.encodeIfPresent(oneOf, forKey: .oneOf)
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var version: Int
    public var builtin: Bool
    public var stages: [StageEntry]
    public var areas: [AreaEntry]
    public var skills: [SkillEntry]
    /// Counts over the skills shown.
    public var progress: ProgressCount
    /// Every skill of the roadmap, shown or not: the count `--stage` and `--area` narrow from.
    public var roadmapSkills: Int

    /// Throws when `stage` or `area` is not one of the roadmap's.
    public init(_ roadmap: Roadmap, in catalog: Catalog, progress records: [String: SkillProgress] = [:], stage word: String? = nil, area: String? = nil) throws {
        let stage = try word.map { try StageWords.require($0, in: roadmap).id }
        if let area, roadmap.area(area) == nil {
            throw RoadmapError.unknownArea(area, roadmap: roadmap.id, known: roadmap.areas.map(\.id))
        }
        id = roadmap.id
        title = roadmap.title
        summary = roadmap.summary
        version = roadmap.version
        builtin = roadmap.isBuiltin
        stages = roadmap.stages.filter { stage == nil || $0.id == stage }
            .map { StageEntry(id: $0.id, title: $0.title, summary: $0.summary, jobTitles: $0.jobTitles) }
        areas = roadmap.areas.filter { area == nil || $0.id == area }.map { AreaEntry(id: $0.id, title: $0.title) }
        let stageOrder = Dictionary(uniqueKeysWithValues: roadmap.stages.enumerated().map { ($1.id, $0) })
        let areaOrder = Dictionary(uniqueKeysWithValues: roadmap.areas.enumerated().map { ($1.id, $0) })
        // Each skill's sort key worked out once rather than at every comparison; a skill's stage and area are mostly
        // its neighbour's, whose places are kept (large `show`: 20,000 lookups by hashing a string).
        let all = catalog.skills(of: roadmap)
        roadmapSkills = all.count
        var last: (stage: String, stageOrder: Int, area: String, areaOrder: Int)?
        func key(_ skill: Skill, _ offset: Int) -> (Int, Int, Int) {
            let (stage, area) = (skill.stage, skill.area)
            let stageAt = last.flatMap { $0.stage == stage ? $0.stageOrder : nil } ?? stageOrder[stage] ?? .max
            let areaAt = last.flatMap { $0.area == area ? $0.areaOrder : nil } ?? areaOrder[area] ?? .max
            last = (stage, stageAt, area, areaAt)
            return (stageAt, areaAt, offset)
        }
        let selected = all
            .filter { (stage == nil || $0.stage == stage) && (area == nil || $0.area == area) }
            .enumerated()
            .map { (skill: $0.element, key: key($0.element, $0.offset)) }
            .sorted { $0.key < $1.key }
            .map(\.skill)
        var groups: [String: [String]] = [:]
        for skill in all { if let group = skill.oneOf { groups[skill.roadmap + "\u{0}" + group, default: []].append(skill.id) } }
        func group(_ skill: Skill) -> [String]? { skill.oneOf.flatMap { groups[skill.roadmap + "\u{0}" + $0] } }
        skills = selected.map {
            let record = records[$0.id]
            let notes = record?.notes ?? [], evidence = record?.evidence ?? []
            return SkillEntry(
                id: $0.id, title: $0.title, area: $0.area, stage: $0.stage, requires: $0.requires.skillIDs, requiresOneOf: $0.requires.choices,
                hours: $0.hours, status: record?.status ?? .todo, since: record?.since, note: notes.last?.text,
                notes: notes.isEmpty ? nil : notes, evidence: evidence.isEmpty ? nil : evidence,
                elective: $0.elective ? true : nil, oneOf: group($0), skill: $0)
        }
        progress = ProgressCount()
        for skill in skills { progress.add(skill.status) }
        if area == nil {
            // Skills are in area runs now: each run's area once into the set, not each of ten thousand skills'.
            var used: Set<String> = []
            for (index, skill) in skills.enumerated() where index == 0 || skills[index - 1].area != skill.area { used.insert(skill.area) }
            areas = areas.filter { used.contains($0.id) }
        }
    }
}
