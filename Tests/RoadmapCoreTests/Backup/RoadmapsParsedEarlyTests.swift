import Foundation
import Testing
@testable import RoadmapCore

/// An import parses a backup's custom roadmaps on another thread, from where `roadmap export` writes them, while its
/// commands and events are written (`ProgressBackup.parseRoadmapsNearEnd`). That is a guess: the check takes a parse
/// from there only for the very same YAML, so what a backup holds, and every refusal, stays as the check makes it.
struct RoadmapsParsedEarlyTests {
    static func golden() throws -> Data {
        try Data(contentsOf: BackupJSONTests.golden.deletingLastPathComponent().appendingPathComponent("GoldenBackup-v2.json"))
    }

    static func streamed(_ data: Data, parsedEarly: [ProgressBackup.ParsedRoadmap]) -> [String: RoadmapDocument]? {
        var asked = 0
        let read = data.withUnsafeBytes { bytes in
            ProgressBackup.streamPlainly(
                bytes, knownSchemas: ["006_review"], parsedEarly: { asked += 1; return parsedEarly },
                command: { _, _ in true }, event: { _, _ in true })
        }
        #expect(asked <= 1, "waited for once a roadmap")
        return read?.roadmaps
    }

    @Test func theRoadmapsOfAnExportAreFoundFromItsEnd() throws {
        let data = try Self.golden()
        let backup = try JSONDecoder().decode(ProgressBackup.self, from: data)
        let found = data.withUnsafeBytes { BackupReader.roadmapsNearEnd($0.assumingMemoryBound(to: UInt8.self)) }
        #expect(found == backup.roadmaps)
        let parsed = data.withUnsafeBytes { ProgressBackup.parseRoadmapsNearEnd($0, isStored: { _ in false }) }
        #expect(parsed.map(\.source) == backup.roadmaps.map(\.source))
        #expect(parsed.first?.document == RoadmapParser.parse(backup.roadmaps[0].source, file: backup.roadmaps[0].fileName).document)
        // Compiled on the same thread, as the store would compile it.
        #expect(parsed.first?.compiled != nil && parsed.first?.compiled == parsed.first?.document.map(CompiledRoadmap.encode))
        #expect(parsed.first?.isParse(of: backup.roadmaps[0]) == true)
        #expect(data.withUnsafeBytes { ProgressBackup.parseRoadmapsNearEnd($0, isStored: { _ in true }) }.isEmpty)
        // Keys in another order: found all the same, after a scan of every byte.
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let roadmapsFirst = Data(#"{"roadmaps":[],"#.utf8) + (try JSONSerialization.data(withJSONObject: object.filter { $0.key != "roadmaps" })).dropFirst()
        #expect(roadmapsFirst.withUnsafeBytes { BackupReader.roadmapsNearEnd($0.assumingMemoryBound(to: UInt8.self)) } == [])
    }

    @Test func aParseOfOtherYAMLIsNotTaken() throws {
        let data = try Self.golden()
        let backup = try JSONDecoder().decode(ProgressBackup.self, from: data)
        let roadmap = backup.roadmaps[0]
        let expected = try #require(Self.streamed(data, parsedEarly: []))
        #expect(expected[roadmap.id] == RoadmapParser.parse(roadmap.source, file: roadmap.fileName).document)
        // The same file name with other YAML, and the same YAML under another file name: neither is its parse.
        let other = RoadmapParser.parse("id: other\ntitle: Other\nversion: 1\nstages: [{id: s, title: S}]\nskills: []\n", file: roadmap.fileName)
        let lies = [
            ProgressBackup.ParsedRoadmap(fileName: roadmap.fileName, source: roadmap.source + " ", document: other.document, findings: other.findings),
            ProgressBackup.ParsedRoadmap(fileName: "elsewhere.yaml", source: roadmap.source, document: other.document, findings: other.findings),
        ]
        #expect(Self.streamed(data, parsedEarly: lies) == expected)
        #expect(!lies.contains { $0.isParse(of: roadmap) })
        // The very same YAML: its parse is taken as it was made.
        let same = RoadmapParser.parse(roadmap.source, file: roadmap.fileName)
        let early = [ProgressBackup.ParsedRoadmap(fileName: roadmap.fileName, source: roadmap.source, document: same.document, findings: same.findings)]
        #expect(Self.streamed(data, parsedEarly: early) == expected)
    }

    @Test func aKeyFoundFromTheEndThatIsNotTheBackupsIsOnlyAGuess() throws {
        // A key "roadmaps" no backup field has, inside the roadmap itself, comes last: what it holds is guessed, and
        // parsed, but it is not the roadmap the backup holds.
        let text = try #require(String(data: try Self.golden(), encoding: .utf8))
        let key = try #require(text.range(of: #""roadmaps" : ["#))
        let object = try #require(text.range(of: "{", range: key.upperBound..<text.endIndex))
        let fake = #""roadmaps": [{"id": "team", "version": 1, "fileName": "team.yaml", "source": "id: fake\n", "addedAt": "a", "updatedAt": "b"}], "#
        let data = Data(text.replacingCharacters(in: object, with: "{" + fake).utf8)
        let found = try #require(data.withUnsafeBytes { BackupReader.roadmapsNearEnd($0.assumingMemoryBound(to: UInt8.self)) })
        #expect(found.map(\.source) == ["id: fake\n"])
        let expected = try #require(Self.streamed(try Self.golden(), parsedEarly: []))
        let early = data.withUnsafeBytes { ProgressBackup.parseRoadmapsNearEnd($0, isStored: { _ in false }) }
        #expect(early.count == 1)
        #expect(Self.streamed(data, parsedEarly: early) == expected)
    }
}
