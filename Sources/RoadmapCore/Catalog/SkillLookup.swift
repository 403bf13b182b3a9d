import Foundation

/// Finds the skill a user means: exact id, unique last segment or prefix (`numpy`), or title (`"Matrix calculus"`).
public struct SkillLookup: Sendable {
    let byID: [String: Skill]
    let aliases: [String: String]

    public init(catalog: Catalog) {
        byID = catalog.skills
        aliases = catalog.aliases
    }

    /// Every skill by id; sorted only when a name is not an id: sorting ten thousand was an eighth of a large `done`.
    public var skills: [Skill] { byID.values.sorted { $0.id < $1.id } }

    public func resolve(_ name: String) throws -> Skill {
        let text = name.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        if let exact = byID[text] ?? byID[lower] { return exact }
        // A former id still names its skill.
        if let current = aliases[text] ?? aliases[lower], let skill = byID[current] { return skill }
        let skills = self.skills
        // Each rule in turn: the first that matches anything decides.
        let rules: [(Skill) -> Bool] = [
            { $0.lastSegment.lowercased() == lower },
            { $0.title.lowercased() == lower },
            { $0.id.lowercased().hasPrefix(lower) || $0.lastSegment.lowercased().hasPrefix(lower) },
        ]
        for rule in rules {
            let matches = skills.filter(rule)
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw RoadmapError.ambiguousSkill(text, candidates: matches.map(\.id)) }
        }
        let mentioning = skills.filter { skill in
            skill.title.lowercased().contains(lower) || skill.keywords.contains { $0.lowercased() == lower }
        }.map(\.id)
        let suggestions = Suggestion.closest(to: text, among: skills.map(\.id))
            + Suggestion.closest(to: text, among: skills.map(\.title)).compactMap { title in skills.first { $0.title == title }?.id }
            + mentioning
        var unique: [String] = []
        for id in suggestions where !unique.contains(id) { unique.append(id) }
        throw RoadmapError.unknownSkill(text, suggestions: Array(unique.prefix(3)))
    }

    /// Every name resolved, or the first failure; duplicates collapse, order kept.
    public func resolveAll(_ names: [String]) throws -> [Skill] {
        var resolved: [Skill] = []
        for name in names {
            let skill = try resolve(name)
            if !resolved.contains(where: { $0.id == skill.id }) { resolved.append(skill) }
        }
        return resolved
    }
}

extension Skill {
    /// `numpy` of `python.numpy`.
    public var lastSegment: String { String(id.split(separator: ".").last ?? Substring(id)) }
}
