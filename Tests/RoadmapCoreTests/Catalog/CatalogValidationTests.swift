import Testing
@testable import RoadmapCore

/// Parses files that are expected to parse, then assembles them.
func assemble(_ files: [(String, String)]) -> (catalog: Catalog, findings: [Finding]) {
    let documents = files.compactMap { RoadmapParser.parse($0.1, file: $0.0).document }
    return Catalog.assemble(custom: documents)
}

func roadmapYAML(id: String, stages: [String] = ["entry", "mid"], areas: [String] = ["basics"], include: [String] = [], skills: [(id: String, stage: String, area: String, requires: [String])]) -> String {
    var text = "id: \(id)\ntitle: \(id.capitalized)\nversion: 1\nstages:\n"
    for stage in stages { text += "  - id: \(stage)\n    title: \(stage.capitalized)\n" }
    text += "areas:\n"
    for area in areas { text += "  - id: \(area)\n    title: \(area.capitalized)\n" }
    if !include.isEmpty { text += "include: [\(include.joined(separator: ", "))]\n" }
    text += "skills:\n"
    for skill in skills {
        text += "  - id: \(skill.id)\n    title: \(skill.id)\n    area: \(skill.area)\n    stage: \(skill.stage)\n"
        text += "    requires: [\(skill.requires.joined(separator: ", "))]\n"
    }
    return text
}

@Suite struct CatalogValidationTests {
    @Test func cleanCatalogHasNoFindings() {
        let (catalog, findings) = assemble([("s.yaml", sampleRoadmap)])
        #expect(findings.isEmpty)
        #expect(catalog.roadmap("sample")?.skillIDs == ["sample.one", "sample.two"])
        #expect(catalog.skills["sample.two"]?.requires == ["sample.one"])
    }

    @Test func duplicateSkillIdNamesBothPlaces() {
        let a = roadmapYAML(id: "a", skills: [("x.one", "entry", "basics", [])])
        let b = roadmapYAML(id: "b", skills: [("x.one", "entry", "basics", [])])
        let findings = assemble([("a.yaml", a), ("b.yaml", b)]).findings.map(\.description)
        #expect(findings == ["b.yaml:13:9: error: skill 'x.one' is already defined at a.yaml:13:9"])
    }

    @Test func duplicateRoadmapStageAndAreaIds() {
        let a = roadmapYAML(id: "a", stages: ["entry", "entry"], areas: ["basics", "basics"], skills: [("a.one", "entry", "basics", [])])
        let findings = assemble([("a.yaml", a), ("again.yaml", a.replacingOccurrences(of: "a.one", with: "a.two"))]).findings.map(\.description)
        #expect(findings.contains("a.yaml:7:9: error: stage 'entry' is already defined at a.yaml:5:9"))
        #expect(findings.contains("a.yaml:12:9: error: area 'basics' is already defined at a.yaml:10:9"))
        #expect(findings.contains("again.yaml:1:5: error: roadmap 'a' is already defined at a.yaml:1:5"))
    }

    @Test func unknownPrerequisiteSuggestsTheClosest() {
        let a = roadmapYAML(id: "a", skills: [("a.numpy", "entry", "basics", []), ("a.pandas", "entry", "basics", ["a.nmupy"])])
        let findings = assemble([("a.yaml", a)]).findings.map(\.description)
        #expect(findings == ["a.yaml:22:16: error: unknown prerequisite 'a.nmupy' of skill 'a.pandas'; did you mean 'a.numpy'?"])
    }

    @Test func unknownIncludedSkillAndRoadmap() {
        let a = roadmapYAML(id: "a", skills: [("a.one", "entry", "basics", [])])
        let b = roadmapYAML(id: "b", include: ["a.on", "c"], skills: [("b.one", "entry", "basics", [])])
        let findings = assemble([("a.yaml", a), ("b.yaml", b)]).findings.map(\.description)
        #expect(findings.contains("b.yaml:12:11: error: unknown skill 'a.on' in include; did you mean 'a.one'?"))
        #expect(findings.contains { $0.hasPrefix("b.yaml:12:17: error: unknown roadmap 'c' in include") })
    }

    @Test func cycleIsNamedInFull() {
        let a = roadmapYAML(id: "a", skills: [
            ("a.a", "entry", "basics", ["a.c"]), ("a.b", "entry", "basics", ["a.a"]), ("a.c", "entry", "basics", ["a.b"]),
        ])
        let findings = assemble([("a.yaml", a)]).findings
        #expect(findings.map(\.description) == ["a.yaml:17:16: error: prerequisite cycle: a.a -> a.c -> a.b -> a.a"])
    }

    @Test func selfRequirementIsACycle() {
        let a = roadmapYAML(id: "a", skills: [("a.a", "entry", "basics", ["a.a"])])
        #expect(assemble([("a.yaml", a)]).findings.map(\.message) == ["prerequisite cycle: a.a -> a.a"])
    }

    @Test func unknownStageAndArea() {
        let a = roadmapYAML(id: "a", skills: [("a.one", "senoir", "basic", [])])
        let findings = assemble([("a.yaml", a)]).findings.map(\.description)
        #expect(findings.contains("a.yaml:16:12: error: unknown stage 'senoir' for skill 'a.one'"))
        #expect(findings.contains("a.yaml:15:11: error: unknown area 'basic' for skill 'a.one'; did you mean 'basics'?"))
    }

    @Test func emptyTitleIsAnError() {
        let text = sampleRoadmap.replacingOccurrences(of: "title: One", with: "title: \"  \"")
        let findings = RoadmapParser.parse(text, file: "s.yaml").findings.map(\.description)
        #expect(findings == ["s.yaml:16:12: error: empty title in skill 'sample.one'"])
    }

    @Test func laterStagePrerequisiteIsAWarning() {
        let a = roadmapYAML(id: "a", skills: [("a.early", "entry", "basics", ["a.late"]), ("a.late", "mid", "basics", [])])
        let findings = assemble([("a.yaml", a)]).findings
        #expect(findings.count == 1)
        #expect(findings[0].severity == .warning)
        #expect(findings[0].description == "a.yaml:17:16: warning: prerequisite 'a.late' (stage mid) belongs to a later stage than 'a.early' (stage entry)")
    }

    @Test func includeBringsSkillsAndTheirAreas() {
        let a = roadmapYAML(id: "a", areas: ["math"], skills: [("a.one", "entry", "math", []), ("a.two", "mid", "math", ["a.one"])])
        let b = roadmapYAML(id: "b", include: ["a"], skills: [("b.one", "mid", "basics", ["a.two"])])
        let (catalog, findings) = assemble([("a.yaml", a), ("b.yaml", b)])
        #expect(findings.isEmpty)
        let roadmap = catalog.roadmap("b")!
        #expect(roadmap.skillIDs == ["a.one", "a.two", "b.one"])
        #expect(roadmap.areas.map(\.id) == ["math", "basics"])
    }

    @Test func includedSkillNeedsAStageOfTheIncluder() {
        let a = roadmapYAML(id: "a", stages: ["entry", "expert"], skills: [("a.one", "expert", "basics", [])])
        let b = roadmapYAML(id: "b", include: ["a.one"], skills: [("b.one", "entry", "basics", [])])
        let findings = assemble([("a.yaml", a), ("b.yaml", b)]).findings.map(\.description)
        #expect(findings == ["b.yaml:12:11: error: included skill 'a.one' has stage 'expert', which roadmap 'b' does not define"])
    }
}
