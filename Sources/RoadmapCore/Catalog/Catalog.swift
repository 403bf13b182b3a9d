/// Every roadmap and skill the program knows, checked against each other.
public struct Catalog: Sendable {
    public private(set) var roadmaps: [Roadmap]
    public private(set) var skills: [String: Skill]
    /// Former skill id to the current one.
    public private(set) var aliases: [String: String]

    public init(roadmaps: [Roadmap], skills: [String: Skill], aliases: [String: String] = [:]) {
        self.roadmaps = roadmaps
        self.skills = skills
        self.aliases = aliases
    }

    /// The current id for a recorded one: itself, the skill that lists it as an alias, or nil when retired.
    public func currentID(_ id: String) -> String? {
        skills[id] != nil ? id : aliases[id]
    }

    public func roadmap(_ id: String) -> Roadmap? { roadmaps.first { $0.id == id } }

    /// The roadmap's skills in its order.
    public func skills(of roadmap: Roadmap) -> [Skill] { roadmap.skillIDs.compactMap { skills[$0] } }

    /// The roadmaps that contain a skill.
    public func roadmaps(containing skillID: String) -> [Roadmap] {
        roadmaps.filter { $0.skillIDs.contains(skillID) }
    }
}

extension Catalog {
    /// Checks documents against each other and builds the catalog; errors leave out what they concern.
    /// Built-in documents come first and win every clash; custom ones may include but not redefine them.
    /// - Parameter checkingDocuments: false for documents checked when they were built or added: what lies within
    ///   one document (its stages and areas, groups, prerequisites) cannot have changed since, so loading checks only
    ///   how the documents meet (ids, includes, aliases), which a new built-in or another roadmap can change.
    public static func assemble(
        builtin: [RoadmapDocument] = [], custom: [RoadmapDocument] = [], checkingDocuments: Bool = true
    ) -> (catalog: Catalog, findings: [Finding]) {
        var assembly = CatalogAssembly(documents: builtin + custom)
        let catalog = assembly.run(builtin: Set(builtin.map(\.file)), checkingDocuments: checkingDocuments)
        return (catalog, assembly.findings.sorted(by: CatalogAssembly.reading))
    }
}
