
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
    public var retired: [String]
    public var moved: [Move]

    public var isEmpty: Bool { added.isEmpty && renamed.isEmpty && retired.isEmpty && moved.isEmpty }

    /// Nil when nothing the user would notice changed.
    public static func between(_ old: RoadmapSnapshot, _ new: RoadmapSnapshot) -> RoadmapChange? {
        var renamed: [Rename] = []
        var added: [String] = []
        var claimed: Set<String> = []
        for id in new.skills.keys.sorted() where old.skills[id] == nil {
            let former = new.skills[id]!.aliases.filter { old.skills[$0] != nil && new.skills[$0] == nil }
            if former.isEmpty {
                added.append(id)
            } else {
                for alias in former { renamed.append(Rename(from: alias, to: id)) }
                claimed.formUnion(former)
            }
        }
        let retired = old.skills.keys.sorted().filter { new.skills[$0] == nil && !claimed.contains($0) }
        var moved: [Move] = []
        for id in new.skills.keys.sorted() {
            let before = old.skills[id] ?? renamed.first { $0.to == id }.flatMap { old.skills[$0.from] }
            if let before, before.stage != new.skills[id]!.stage {
                moved.append(Move(skill: id, from: before.stage, to: new.skills[id]!.stage))
            }
        }
        let change = RoadmapChange(roadmap: new.roadmap, from: old.contentKey, to: new.contentKey, added: added, renamed: renamed, retired: retired, moved: moved)
        return change.isEmpty ? nil : change
    }

    /// The one line told once: "python changed: 2 skills added, 1 renamed, …; see 'roadmap changes'".
    public var notice: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(Plural.count(added.count, "skill")) added") }
        if !renamed.isEmpty { parts.append("\(renamed.count) renamed") }
        if !retired.isEmpty { parts.append("\(retired.count) retired") }
        if !moved.isEmpty { parts.append("\(moved.count) moved to another stage") }
        return "roadmap '\(roadmap)' changed: \(parts.joined(separator: ", ")); your progress is kept; see 'roadmap changes'"
    }
}
