import Testing
@testable import RoadmapCore

/// How assembling the catalog checks choice prerequisites. In `roadmapYAML`, with two stages and one area, the n-th
/// skill's `requires` is on line 12 + 5n and its list opens at column 15.
@Suite struct ChoiceLintTests {
    @Test func unknownAlternativeIsAnErrorWithASuggestion() {
        let yaml = roadmapYAML(id: "a", skills: [
            ("a.torch", "entry", "basics", []), ("a.tf", "entry", "basics", []),
            ("a.export", "entry", "basics", ["{any: [a.torhc, a.tf]}"]),
        ])
        let findings = assemble([("a.yaml", yaml)]).findings.map(\.description)
        #expect(findings == ["a.yaml:27:23: error: unknown prerequisite 'a.torhc' (in a choice) of skill 'a.export'; did you mean 'a.torch'?"])
    }

    @Test func cycleThroughOneAlternativeIsACycle() {
        let yaml = roadmapYAML(id: "a", skills: [
            ("a.x", "entry", "basics", ["{any: [a.y, a.z]}"]), ("a.y", "entry", "basics", ["a.x"]), ("a.z", "entry", "basics", []),
        ])
        let findings = assemble([("a.yaml", yaml)]).findings.map(\.description)
        #expect(findings == ["a.yaml:17:23: error: prerequisite cycle: a.x -> a.y -> a.x (a.x -> a.y through a choice; every alternative counts)"])
    }

    @Test func laterStageWarnsOnlyWhenEveryAlternativeIsLater() {
        let yaml = roadmapYAML(id: "a", skills: [
            ("a.early", "entry", "basics", []), ("a.late1", "mid", "basics", []), ("a.late2", "mid", "basics", []),
            ("a.some", "entry", "basics", ["{any: [a.early, a.late1]}"]),
            ("a.none", "entry", "basics", ["{any: [a.late1, a.late2]}"]),
            ("a.plain", "entry", "basics", ["a.late1"]),
        ])
        let (catalog, findings) = assemble([("a.yaml", yaml)])
        #expect(findings.map(\.description) == [
            "a.yaml:37:23: warning: every alternative of a choice belongs to a later stage than 'a.none' (stage entry): 'a.late1' (stage mid), 'a.late2' (stage mid)",
            "a.yaml:42:16: warning: prerequisite 'a.late1' (stage mid) belongs to a later stage than 'a.plain' (stage entry)",
        ])
        #expect(catalog.skills["a.some"]?.requires == [.any(["a.early", "a.late1"])])
    }

    @Test func choiceOfSkillsInAnotherRoadmapChecksAgainstTheWholeCatalog() {
        let base = roadmapYAML(id: "base", skills: [("base.torch", "entry", "basics", []), ("base.tf", "entry", "basics", [])])
        let team = roadmapYAML(id: "team", include: ["base"], skills: [("team.export", "mid", "basics", ["{any: [base.torch, base.tf]}"])])
        let (catalog, findings) = assemble([("base.yaml", base), ("team.yaml", team)])
        #expect(findings.isEmpty)
        #expect(catalog.skills["team.export"]?.requires == [.any(["base.torch", "base.tf"])])
    }
}
