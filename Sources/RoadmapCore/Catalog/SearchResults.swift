/// What `roadmap search` prints: the skills found, best first, each with its roadmaps, stage and status. Its JSON is
/// the array of results, documented in README.md.
public struct SearchResults: Sendable, Hashable, Encodable {
    public struct Result: Sendable, Hashable, Encodable {
        public var id: String
        public var title: String
        /// Every roadmap that contains the skill, in catalog order.
        public var roadmaps: [String]
        public var stage: String
        public var status: SkillStatus
        public var match: SkillSearch.Match
        /// The keyword that matched, for a keyword match.
        @ExplicitNull public var keyword: String?
    }

    public var results: [Result]

    /// - Parameter statuses: by current skill id; a skill missing is to do.
    public init(_ hits: [SkillSearch.Hit], in catalog: Catalog, statuses: [String: SkillStatus]) {
        results = hits.map { hit in
            Result(
                id: hit.skill.id, title: hit.skill.title, roadmaps: catalog.roadmaps(containing: hit.skill.id).map(\.id),
                stage: hit.skill.stage, status: statuses[hit.skill.id] ?? .todo, match: hit.match, keyword: hit.keyword)
        }
    }

    public func encode(to encoder: any Encoder) throws { try results.encode(to: encoder) }
}
