import Testing
@testable import RoadmapCore

let sampleRoadmap = """
    id: sample
    title: Sample
    summary: A small roadmap.
    version: 2
    stages:
      - id: entry
        title: Entry
        job_titles: [Junior Engineer]
      - id: mid
        title: Mid
    areas:
      - id: basics
        title: Basics
    skills:
      - id: sample.one
        title: One
        area: basics
        stage: entry
        summary: The first thing.
        keywords: [first, start]
        source: "002_4fe1513ffd1a44f3.txt: Technical Skills Required"
        resources:
          - title: Docs
            url: https://example.org/docs
            kind: official
        hours: 3
      - id: sample.two
        title: Two
        area: basics
        stage: mid
        requires: [sample.one]
    """

@Suite struct RoadmapParserTests {
    @Test func readsEveryField() throws {
        let (document, findings) = RoadmapParser.parse(sampleRoadmap, file: "sample.yaml")
        #expect(findings.isEmpty)
        let doc = try #require(document)
        #expect(doc.id.value == "sample")
        #expect(doc.version == 2)
        #expect(doc.stages.map(\.value.id) == ["entry", "mid"])
        #expect(doc.stages[0].value.jobTitles == ["Junior Engineer"])
        #expect(doc.areas.map(\.value.id) == ["basics"])
        let one = doc.skills[0].skill
        #expect(one.keywords == ["first", "start"])
        #expect(one.resources == [Resource(title: "Docs", url: "https://example.org/docs", kind: .official)])
        #expect(one.hours == 3)
        #expect(one.roadmap == "sample")
        #expect(doc.skills[1].skill.requires == ["sample.one"])
        #expect(doc.skills[1].requires[0].location == SourceLocation(file: "sample.yaml", line: 31, column: 16))
    }

    @Test func yamlSyntaxErrorHasItsPlace() {
        let (document, findings) = RoadmapParser.parse("id: x\ntitle: [unclosed\n", file: "bad.yaml")
        #expect(document == nil)
        #expect(findings.count == 1)
        #expect(findings[0].location.file == "bad.yaml")
        #expect(findings[0].location.line >= 2)
        #expect(findings[0].description.hasPrefix("bad.yaml:"))
        #expect(findings[0].description.contains(": error: invalid YAML"))
    }

    @Test func missingFieldsAndWrongTypesAreErrors() {
        let text = """
            id: broken
            title: ""
            version: one
            stages: entry
            skills:
              - id: broken.a
                area: x
            """
        let findings = RoadmapParser.parse(text, file: "b.yaml").findings.map(\.description)
        #expect(findings.contains("b.yaml:2:8: error: empty title in the roadmap"))
        #expect(findings.contains("b.yaml:3:10: error: expected a whole number for 'version' in the roadmap"))
        #expect(findings.contains("b.yaml:4:9: error: expected a list for 'stages' in the roadmap"))
        #expect(findings.contains { $0.hasPrefix("b.yaml:6:5: error: skill 'broken.a' has no 'title'") })
        #expect(findings.contains { $0.hasPrefix("b.yaml:6:5: error: skill 'broken.a' has no 'stage'") })
    }

    @Test func unknownKeysWarnAndBadIdsErr() {
        let text = sampleRoadmap.replacingOccurrences(of: "    hours: 3", with: "    hour: 3")
            .replacingOccurrences(of: "id: sample.two", with: "id: Two")
        let findings = RoadmapParser.parse(text, file: "s.yaml").findings
        #expect(findings.contains { $0.severity == .warning && $0.message.hasPrefix("unknown key 'hour' in a skill") && $0.location.line == 26 })
        #expect(findings.contains { $0.severity == .error && $0.message.contains("skill id 'Two' must be dotted") })
    }

    @Test func badResourceIsReported() {
        let text = sampleRoadmap.replacingOccurrences(of: "https://example.org/docs", with: "ftp://example.org")
            .replacingOccurrences(of: "kind: official", with: "kind: podcast")
        let messages = RoadmapParser.parse(text, file: "s.yaml").findings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("s.yaml:24:14: error: resource url 'ftp://example.org' must start with http") })
        #expect(messages.contains { $0.hasPrefix("s.yaml:25:15: error: unknown resource kind 'podcast'") })
    }

    @Test func duplicateKeyIsAnError() {
        let text = sampleRoadmap.replacingOccurrences(of: "version: 2", with: "version: 2\nversion: 3")
        let findings = RoadmapParser.parse(text, file: "d.yaml").findings
        #expect(findings.map(\.description) == ["d.yaml:5:1: error: duplicate key 'version'"])
    }
}

@Suite struct DuplicateKeyTests {
    @Test func duplicateKeyInsideASkillPointsAtTheRepeat() {
        let text = sampleRoadmap.replacingOccurrences(of: "    stage: mid\n", with: "    stage: mid\n    area: basics\n")
        let findings = RoadmapParser.parse(text, file: "d.yaml").findings.map(\.description)
        #expect(findings == ["d.yaml:31:5: error: duplicate key 'area'"])
    }

    /// Found by FuzzRoadmapYAML (Fuzz/Corpus/FuzzRoadmapYAML/finding-duplicate-key-after-carriage-returns.yaml): Yams
    /// breaks lines at a lone carriage return too, so the line it gave lay past the last newline, and the search for
    /// the repeat trapped.
    @Test(arguments: ["id: a\rtitle: T\r\r\rid: b\r", "id: a\u{2028}\u{2028}\u{2028}\u{2028}id: b\n", "x:\r  a: 1\r\r\r\r  a: 2"])
    func aDuplicateKeyAfterOtherLineBreaksIsAFindingNotATrap(text: String) {
        let findings = RoadmapParser.parse(text, file: "d.yaml").findings.map(\.description)
        #expect(findings.contains { $0.hasPrefix("d.yaml:") && $0.contains("error:") }, "\(findings)")
    }
}
