/// What a started roadmap held when the user last heard of it.
public struct RoadmapSnapshot: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var title: String
        public var stage: String
        public var aliases: [String]
        /// True for an elective; absent for other skills and in snapshots taken before electives existed.
        public var elective: Bool?
        /// The `one_of` group; absent for other skills.
        public var oneOf: String?

        public init(title: String, stage: String, aliases: [String], elective: Bool? = nil, oneOf: String? = nil) {
            self.title = title
            self.stage = stage
            self.aliases = aliases
            self.elective = elective
            self.oneOf = oneOf
        }

        /// `required`, `elective` or `one of GROUP`: how the skill counts in its stage.
        public var counting: String {
            if elective == true { return "elective" }
            return oneOf.map { "one of \($0)" } ?? "required"
        }
    }

    public var roadmap: String
    /// The versions of the roadmap and of every roadmap it includes: it changes whenever the content may have.
    public var contentKey: String
    public var skills: [String: Entry]

    public init(_ roadmap: Roadmap, in catalog: Catalog) {
        self.roadmap = roadmap.id
        contentKey = Self.contentKey(roadmap, in: catalog)
        var skills: [String: Entry] = [:]
        for skill in catalog.skills(of: roadmap) {
            skills[skill.id] = Entry(
                title: skill.title, stage: skill.stage, aliases: skill.aliases, elective: skill.elective ? true : nil, oneOf: skill.oneOf)
        }
        self.skills = skills
    }

    public init(roadmap: String, contentKey: String, skills: [String: Entry]) {
        self.roadmap = roadmap
        self.contentKey = contentKey
        self.skills = skills
    }

    /// `ml-engineer@1 cloud@1 math@2 …`: cheap to compute, so unchanged roadmaps cost nothing to check.
    public static func contentKey(_ roadmap: Roadmap, in catalog: Catalog) -> String {
        var seen: [String] = []
        var queue = [roadmap.id]
        while let id = queue.popLast() {
            guard !seen.contains(id), let next = catalog.roadmap(id) else { continue }
            seen.append(id)
            queue += next.includes.filter { !$0.contains("." as Character) }
        }
        return seen.map { "\($0)@\(catalog.roadmap($0)!.version)" }.joined(separator: " ")
    }
}
