/// `roadmap search`: skills found by what one calls them, best first. Every word of the query must match the skill
/// somewhere. First the skills the whole query names exactly (id, former id, the id's last part, title), then those with a
/// keyword equal to the whole query (common short names such as k8s and torch live in the roadmaps' keywords), then by
/// the weakest place one of the words matched: words of the title, else keywords or the id's parts, else the summary;
/// a word matching only as the start of a longer one (3 letters at least) ranks after whole words.
public struct SkillSearch: Sendable {
    /// Where a skill matched, best first.
    public enum Match: String, Sendable, Hashable, Codable, Comparable {
        case exact, title, keyword, summary

        var rank: Int {
            switch self {
            case .exact: return 0
            case .title: return 1
            case .keyword: return 2
            case .summary: return 3
            }
        }

        public static func < (lhs: Match, rhs: Match) -> Bool { lhs.rank < rhs.rank }
    }

    /// One skill found, with where it matched and, for a keyword match, the keyword.
    public struct Hit: Sendable, Hashable {
        public var skill: Skill
        public var match: Match
        public var keyword: String?
    }

    /// A skill's words, lower-cased once.
    struct Entry: Sendable {
        var skill: Skill
        var names: Set<String>
        var titleWords: [String]
        var keywords: [String]
        var keywordWords: [String]
        var summaryWords: [String]

        init(_ skill: Skill) {
            self.skill = skill
            let title = skill.title.lowercased()
            names = Set([skill.id.lowercased(), skill.lastSegment.lowercased(), SkillSearch.phrase(title)]
                + skill.aliases.map { $0.lowercased() })
            titleWords = SkillSearch.words(title)
            keywords = skill.keywords.map { SkillSearch.phrase($0.lowercased()) }
            // The id's parts count as keywords: `sklearn` of frameworks.sklearn-pipelines.
            keywordWords = skill.keywords.flatMap { SkillSearch.words($0.lowercased()) }
                + ([skill.id] + skill.aliases).flatMap { SkillSearch.words($0.lowercased()) }
            summaryWords = SkillSearch.words(skill.summary.lowercased())
        }
    }

    let entries: [Entry]

    /// - Parameter roadmap: only this roadmap's skills; nil for the whole catalog.
    public init(catalog: Catalog, roadmap: Roadmap? = nil) {
        let skills = roadmap.map { catalog.skills(of: $0) } ?? Array(catalog.skills.values)
        entries = skills.sorted { $0.id < $1.id }.map(Entry.init)
    }

    /// The skills matching every word of `query`, best first; none for a query without words.
    public func hits(_ query: String) -> [Hit] {
        let phrase = Self.phrase(query.lowercased())
        let words = Self.words(phrase)
        guard !words.isEmpty else { return [] }
        let scored = entries.compactMap { entry -> (hit: Hit, key: [Int])? in
            if entry.names.contains(phrase) { return (Hit(skill: entry.skill, match: .exact), [0]) }
            var worst = Match.exact
            var total = 0, prefixes = 0
            for word in words {
                guard let (match, isPrefix) = Self.best(word, in: entry) else { return nil }
                worst = max(worst, match)
                total += match.rank
                prefixes += isPrefix ? 1 : 0
            }
            // A keyword equal to the whole query is a name people use (k8s, torch): it comes right after the exact names.
            if let wholeKeyword = entry.keywords.firstIndex(of: phrase) {
                let key = [1, worst <= .title ? 0 : 1, prefixes, total]
                return (Hit(skill: entry.skill, match: .keyword, keyword: entry.skill.keywords[wholeKeyword]), key)
            }
            let keyword = worst == .keyword ? entry.skill.keywords.first { Self.words($0.lowercased()).contains { words.contains($0) } } : nil
            // Then by the weakest field a word matched; within it, the query as a phrase of the title, whole words before prefixes.
            let phraseInTitle = words.count > 1 && entry.titleWords.joined(separator: " ").contains(phrase) ? 0 : 1
            return (Hit(skill: entry.skill, match: worst, keyword: keyword), [worst.rank + 1, phraseInTitle + prefixes, total])
        }
        return scored.sorted { lhs, rhs in
            lhs.key != rhs.key ? lhs.key.lexicographicallyPrecedes(rhs.key) : lhs.hit.skill.id < rhs.hit.skill.id
        }.map(\.hit)
    }

    /// The words of `query` that no skill matches anywhere, in order.
    public func unmatchedWords(_ query: String) -> [String] {
        Self.words(Self.phrase(query.lowercased())).filter { word in !entries.contains { Self.best(word, in: $0) != nil } }
    }

    /// The ids closest to a word no skill matches: by id, then by keyword.
    public func suggestions(for word: String) -> [String] {
        let ids = Suggestion.closest(to: word, among: entries.map(\.skill.id))
        if !ids.isEmpty { return ids }
        let keywords = Set(Suggestion.closest(to: word, among: entries.flatMap(\.skill.keywords)).map { $0.lowercased() })
        return entries.filter { !keywords.isDisjoint(with: $0.skill.keywords.map { $0.lowercased() }) }.prefix(3).map(\.skill.id)
    }

    /// Where a word matches a skill best, and whether only as the start of a longer word (3 letters at least).
    static func best(_ word: String, in entry: Entry) -> (Match, isPrefix: Bool)? {
        let fields: [(Match, [String])] = [(.title, entry.titleWords), (.keyword, entry.keywordWords), (.summary, entry.summaryWords)]
        for (match, words) in fields where words.contains(word) { return (match, false) }
        guard word.count >= 3 else { return nil }
        for (match, words) in fields where words.contains(where: { $0.hasPrefix(word) }) { return (match, true) }
        return nil
    }

    /// Lower-cased text split into words at anything but letters, digits, `+` and `#` (C++, C#).
    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }.map(String.init)
    }

    /// Text with its runs of spaces made one, for comparing whole names.
    static func phrase(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
