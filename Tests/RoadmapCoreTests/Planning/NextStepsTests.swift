import Testing
@testable import RoadmapCore

@Suite struct NextStepsTests {
    /// Two roadmaps sharing `shared.base`; `b` has stages of its own names, in its own order.
    static let catalog = assemble([
        ("a.yaml", roadmapYAML(id: "a", stages: ["entry", "mid"], skills: [
            ("a.late", "mid", "basics", []), ("a.early", "entry", "basics", []), ("shared.base", "entry", "basics", []),
        ])),
        ("b.yaml", roadmapYAML(id: "b", stages: ["first", "second"], include: ["shared.base"], skills: [
            ("b.later", "second", "basics", ["shared.base"]), ("b.sooner", "first", "basics", []),
        ])),
    ]).catalog

    @Test func acrossRoadmapsEachSkillOnceLearningFirstThenEachRoadmapsOwnStageOrder() {
        let roadmaps = ["a", "b"].compactMap { Self.catalog.roadmap($0) }
        let steps = NextSteps.merged(roadmaps, in: Self.catalog, statuses: ["b.sooner": .learning])
        // A shared skill counts once, as the first roadmap ranks it; b's 'first' ranks with a's 'entry', ahead of 'mid'.
        #expect(steps.map(\.skill) == ["b.sooner", "a.early", "shared.base", "a.late"])
        #expect(NextSteps.merged(roadmaps, in: Self.catalog, statuses: [:]).map(\.skill) == ["a.early", "shared.base", "b.sooner", "a.late"])
        #expect(NextSteps.merged(roadmaps, in: Self.catalog, statuses: [:], limit: 2).count == 2)
    }

    @Test func oneRoadmapIsItsOwnOrder() {
        let a = Self.catalog.roadmap("a")!
        #expect(NextSteps.merged([a], in: Self.catalog, statuses: [:]) == NextSteps.compute(a, in: Self.catalog, statuses: [:]))
    }
}
