import Testing
@testable import RoadmapCore

/// Search ranking on the real built-in skills: what people call them finds them first.
@Suite struct SkillSearchTests {
    let catalog = BuiltinCatalog.load().catalog
    var search: SkillSearch { SkillSearch(catalog: catalog) }

    func ids(_ query: String) -> [String] { search.hits(query).map(\.skill.id) }

    @Test func shortNamesFromKeywordsComeFirst() {
        #expect(ids("k8s").first == "mlops.kubernetes")
        #expect(ids("sklearn").first == "frameworks.scikit-learn")
        #expect(ids("torch").first == "frameworks.pytorch")
        #expect(ids("tf").first == "frameworks.tensorflow")
        #expect(search.hits("k8s").first?.match == .keyword && search.hits("k8s").first?.keyword == "k8s")
    }

    @Test func exactTitleBeforeWordsAndSummaries() {
        let hits = search.hits("linear regression")
        #expect(hits.first?.skill.id == "ml.linear-regression" && hits.first?.match == .exact)
        #expect(hits.dropFirst().allSatisfy { $0.match != .exact })
        #expect(search.hits("Linear   Regression").first?.skill.id == "ml.linear-regression", "case and spaces do not matter")
        #expect(ids("numpy").first == "python.numpy" && search.hits("python.numpy").first?.match == .exact)
    }

    @Test func llmFindsTheGenerativeAISkills() {
        let found = ids("LLM")
        #expect(found.first == "llm.fundamentals", "\(found)")
        #expect(found.prefix(8).allSatisfy { $0.hasPrefix("genai.") || $0.hasPrefix("llm.") || $0.hasPrefix("platform.llm") }, "\(found)")
    }

    @Test func ranksByTheWeakestFieldAWordMatched() {
        let hits = search.hits("regression")
        let ranks = hits.map(\.match)
        #expect(ranks == ranks.sorted(), "best first: \(ranks)")
        #expect(hits.contains { $0.match == .summary })
    }

    @Test func formerIDsAreExactNames() {
        let hit = search.hits("python.r-language").first
        #expect(hit?.skill.id == "lang.r" && hit?.match == .exact)
    }

    @Test func everyWordMustMatch() {
        #expect(ids("kubernetes pandas").isEmpty)
        #expect(search.unmatchedWords("kubernetes pandas").isEmpty)
        #expect(search.unmatchedWords("pytorh kubernetes") == ["pytorh"])
        #expect(search.suggestions(for: "pytorh") == ["frameworks.pytorch"])
    }

    @Test func aRoadmapLimitsTheSkills() throws {
        let python = try #require(catalog.roadmap("python"))
        #expect(SkillSearch(catalog: catalog, roadmap: python).hits("k8s").isEmpty)
        #expect(SkillSearch(catalog: catalog, roadmap: python).hits("numpy").first?.skill.id == "python.numpy")
    }
}
