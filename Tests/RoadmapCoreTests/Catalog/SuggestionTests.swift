import Testing
@testable import RoadmapCore

@Suite struct SuggestionTests {
    @Test func findsTyposByLastSegment() {
        #expect(Suggestion.closest(to: "pytorh", among: ["frameworks.pytorch", "frameworks.keras", "python.basics"]) == ["frameworks.pytorch"])
        #expect(Suggestion.didYouMean("mlop", among: ["math", "mlops", "cloud"]) == "; did you mean 'mlops'?")
        #expect(Suggestion.didYouMean("zzzzzz", among: ["math", "mlops"]) == "")
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}
