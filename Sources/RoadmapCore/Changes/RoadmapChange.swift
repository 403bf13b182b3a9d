
/// What changed in a started roadmap between two snapshots.
public struct RoadmapChange: Sendable, Hashable, Codable {
    public struct Rename: Sendable, Hashable, Codable {
        public var from: String
        public var to: String
    }

    public struct Move: Sendable, Hashable, Codable {
        public var skill: String
        public var from: String
        public var to: String
    }

    public var roadmap: String
    public var from: String
    public var to: String
    public var added: [String]
    public var renamed: [Rename]
    /// Former skills folded into one that already existed, or several folded into one new id: `from` is the former id.
    public var merged: [Rename]
    public var retired: [String]
    public var moved: [Move]

    public init(
        roadmap: String, from: String, to: String, added: [String], renamed: [Rename], merged: [Rename] = [], retired: [String], moved: [Move]
    ) {
        self.roadmap = roadmap
        self.from = from
        self.to = to
        self.added = added
        self.renamed = renamed
        self.merged = merged
        self.retired = retired
        self.moved = moved
    }

    // Changes stored before merges were told have no `merged` key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        roadmap = try container.decode(String.self, forKey: .roadmap)
        from = try container.decode(String.self, forKey: .from)
        to = try container.decode(String.self, forKey: .to)
        added = try container.decode([String].self, forKey: .added)
        renamed = try container.decode([Rename].self, forKey: .renamed)
        merged = try container.decodeIfPresent([Rename].self, forKey: .merged) ?? []
        retired = try container.decode([String].self, forKey: .retired)
        moved = try container.decode([Move].self, forKey: .moved)
    }

    public var isEmpty: Bool { added.isEmpty && renamed.isEmpty && merged.isEmpty && retired.isEmpty && moved.isEmpty }

    /// Nil when nothing the user would notice changed.
    public static func between(_ old: RoadmapSnapshot, _ new: RoadmapSnapshot) -> RoadmapChange? {
        var renamed: [Rename] = []
        var merged: [Rename] = []
        var added: [String] = []
        var claimed: Set<String> = []
        for id in new.skills.keys.sorted() {
            let former = new.skills[id]!.aliases.filter { old.skills[$0] != nil && new.skills[$0] == nil }
            claimed.formUnion(former)
            if old.skills[id] == nil && former.isEmpty {
                added.append(id)
            } else if old.skills[id] == nil && former.count == 1 {
                renamed.append(Rename(from: former[0], to: id))
            } else {
                merged += former.map { Rename(from: $0, to: id) }
            }
        }
        let retired = old.skills.keys.sorted().filter { new.skills[$0] == nil && !claimed.contains($0) }
        var moved: [Move] = []
        for id in new.skills.keys.sorted() {
            let before = old.skills[id] ?? (renamed + merged).first { $0.to == id }.flatMap { old.skills[$0.from] }
            if let before, before.stage != new.skills[id]!.stage {
                moved.append(Move(skill: id, from: before.stage, to: new.skills[id]!.stage))
            }
        }
        let change = RoadmapChange(
            roadmap: new.roadmap, from: old.contentKey, to: new.contentKey, added: added, renamed: renamed, merged: merged, retired: retired, moved: moved)
        return change.isEmpty ? nil : change
    }

    /// The one line told once: "python changed: 2 skills added, 1 renamed, …; see 'roadmap changes'".
    public var notice: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(Plural.count(added.count, "skill")) added") }
        if !renamed.isEmpty { parts.append("\(renamed.count) renamed") }
        if !merged.isEmpty { parts.append("\(merged.count) merged into others") }
        if !retired.isEmpty { parts.append("\(retired.count) retired") }
        if !moved.isEmpty { parts.append("\(moved.count) moved to another stage") }
        return "roadmap '\(roadmap)' changed: \(parts.joined(separator: ", ")); your progress is kept; see 'roadmap changes'"
    }
}
