import Testing
@testable import RoadmapFormat

@Suite struct CompiledRoadmapTests {
    let yaml = """
        id: sample
        title: "Sample\\twith\\ttabs"
        summary: "Line one\\nline two \\\\ backslash \\u001F unit"
        version: 3
        stages:
          - id: entry
            title: Entry
            job_titles: [Junior, "Intern, summer"]
        areas:
          - id: basics
            title: Basics
        include: [python.numpy, math]
        skills:
          - id: sample.one
            title: One
            area: basics
            stage: entry
            aliases: [sample.first]
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
            stage: entry
            requires: [sample.one, python.numpy]
        """

    @Test func decodesToExactlyWhatTheParserRead() throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        #expect(!compiled.dropLast().contains("\n\n"))
        #expect(CompiledRoadmap.decode(compiled) == parsed)
    }

    @Test func refusesWhatItDidNotWrite() {
        #expect(CompiledRoadmap.decode("") == nil)
        #expect(CompiledRoadmap.decode("roadmap-compiled 999\nR\tx") == nil)
        #expect(CompiledRoadmap.decode("roadmap-compiled 1\nR\tonly\ttwo") == nil)
    }
}

