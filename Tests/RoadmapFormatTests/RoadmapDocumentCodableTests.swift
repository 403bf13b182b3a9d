import Foundation
import Testing
@testable import RoadmapFormat

/// Custom roadmaps are stored as this JSON, so it must read back as exactly what the parser read.
@Suite struct RoadmapDocumentCodableTests {
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

    @Test func readsBackExactlyWhatTheParserRead() throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        let json = try JSONEncoder().encode(parsed)
        #expect(try JSONDecoder().decode(RoadmapDocument.self, from: json) == parsed)
    }
}
