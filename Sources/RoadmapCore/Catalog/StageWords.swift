import Foundation

/// Stages named the way people name their jobs: `junior` is entry, `lead` and `director` are leadership.
public enum StageWords {
    /// Words that mean a built-in stage id, whatever a roadmap's job titles say (documented in README.md).
    public static let common: [String: String] = [
        "junior": "entry", "intern": "entry", "graduate": "entry", "beginner": "entry", "entry-level": "entry",
        "intermediate": "mid", "mid-level": "mid", "middle": "mid",
        "staff": "senior", "principal": "senior", "architect": "senior",
        "lead": "leadership", "director": "leadership", "head": "leadership", "vp": "leadership",
        "manager": "leadership", "executive": "leadership",
    ]

    /// The stage `word` names in `roadmap`: its id, its title, a common word, a whole job title, or a word
    /// found in one stage's job titles only. Nil when nothing, or more than one stage, matches.
    public static func stage(_ word: String, in roadmap: Roadmap) -> Stage? {
        if let stage = roadmap.stage(word) { return stage }
        let key = word.lowercased().trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        if let stage = roadmap.stages.first(where: { $0.id.lowercased() == key || $0.title.lowercased() == key }) { return stage }
        if let id = common[key], let stage = roadmap.stage(id) { return stage }
        let byTitle = roadmap.stages.filter { $0.jobTitles.contains { $0.lowercased() == key } }
        if byTitle.count == 1 { return byTitle[0] }
        let byWord = roadmap.stages.filter { stage in stage.jobTitles.contains { words(of: $0).contains(key) } }
        return byWord.count == 1 ? byWord[0] : nil
    }

    /// The stage `word` names, or an error listing the roadmap's stages with a word for each.
    public static func require(_ word: String, in roadmap: Roadmap) throws -> Stage {
        if let stage = stage(word, in: roadmap) { return stage }
        throw RoadmapError.unknownStage(word, roadmap: roadmap.id, known: roadmap.stages.map(\.id))
    }

    static func words(of title: String) -> [String] {
        title.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
    }
}
