import Testing
@testable import RoadmapCore

@Suite struct DependentCountsTests {
    func skill(_ id: String, _ requires: [Prerequisite]) -> Skill {
        Skill(id: id, title: id, area: "x", stage: "entry", requires: requires, roadmap: "r")
    }

    @Test func countsEachDescendantOnceThroughADiamond() {
        let skills = [skill("r.d", ["r.b", "r.c"]), skill("r.b", ["r.a"]), skill("r.c", ["r.a"]), skill("r.a", []), skill("r.e", ["r.z"])]
        #expect(DependentCounts.compute(skills) == ["r.a": 3, "r.b": 1, "r.c": 1, "r.d": 0, "r.e": 0])
    }

    @Test func handlesALongChainWithoutDeepRecursion() {
        let skills = (0..<12_000).map { skill("r.s\($0)", $0 == 0 ? [] : [.skill("r.s\($0 - 1)")]) }
        let counts = DependentCounts.compute(skills)
        #expect(counts["r.s0"] == 11_999 && counts["r.s11999"] == 0)
    }
}
