
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

    /// A skill that now counts differently in its stage: `from` and `to` are `required`, `elective` or `one of GROUP`.
    public struct Counting: Sendable, Hashable, Codable {
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
    /// Skills made electives or one of a group, or required again.
    public var counting: [Counting]

    public init(
        roadmap: String, from: String, to: String, added: [String], renamed: [Rename], merged: [Rename] = [], retired: [String], moved: [Move],
        counting: [Counting] = []
    ) {
        self.roadmap = roadmap
        self.from = from
        self.to = to
        self.added = added
        self.renamed = renamed
        self.merged = merged
        self.retired = retired
        self.moved = moved
        self.counting = counting
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
        counting = try container.decodeIfPresent([Counting].self, forKey: .counting) ?? []
    }

    public var isEmpty: Bool { added.isEmpty && renamed.isEmpty && merged.isEmpty && retired.isEmpty && moved.isEmpty && counting.isEmpty }

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
        var counting: [Counting] = []
        for id in new.skills.keys.sorted() {
            let before = old.skills[id] ?? (renamed + merged).first { $0.to == id }.flatMap { old.skills[$0.from] }
            if let before, before.stage != new.skills[id]!.stage {
                moved.append(Move(skill: id, from: before.stage, to: new.skills[id]!.stage))
            }
            if let before, before.counting != new.skills[id]!.counting {
                counting.append(Counting(skill: id, from: before.counting, to: new.skills[id]!.counting))
            }
        }
        let change = RoadmapChange(
            roadmap: new.roadmap, from: old.contentKey, to: new.contentKey, added: added, renamed: renamed, merged: merged, retired: retired, moved: moved,
            counting: counting)
        return change.isEmpty ? nil : change
    }

    /// The one line told once: "python changed: 2 skills added, 1 renamed, …; see 'roadmap changes'"; in short words when
    /// the long ones would not fit in 160 characters.
    public var notice: String {
        let line = { (short: Bool) -> String in
            var parts: [String] = []
            if !added.isEmpty { parts.append(short ? "\(added.count) added" : "\(Plural.count(added.count, "skill")) added") }
            if !renamed.isEmpty { parts.append("\(renamed.count) renamed") }
            if !merged.isEmpty { parts.append("\(merged.count) merged" + (short ? "" : " into others")) }
            if !retired.isEmpty { parts.append("\(retired.count) retired") }
            if !moved.isEmpty { parts.append("\(moved.count) moved" + (short ? "" : " to another stage")) }
            let optional = counting.count { $0.to != "required" }
            if optional > 0 { parts.append("\(optional) made optional") }
            let required = counting.count { $0.to == "required" }
            if required > 0 { parts.append("\(required) required again") }
            return "roadmap '\(roadmap)' changed: \(parts.joined(separator: ", ")); your progress is kept; see 'roadmap changes'"
        }
        let long = line(false)
        return long.count <= 160 ? long : line(true)
    }
}
