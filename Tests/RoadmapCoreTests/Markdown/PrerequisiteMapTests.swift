import Foundation
import Testing
@testable import RoadmapCore

@Suite struct PrerequisiteMapTests {
    static func map(_ section: MarkdownExport.Section) -> PrerequisiteMap {
        let statuses = Dictionary(uniqueKeysWithValues: section.detail.skills.map { ($0.id, $0.status) })
        return PrerequisiteMap(report: section.report, roadmap: section.roadmap, catalog: section.catalog, statuses: statuses)
    }

    @Test func frontierFirstThenWhatItUnlocksRankedAsNextSteps() throws {
        let map = Self.map(try PortfolioFixture.section())
        // Learning first, then by how much each unlocks; then the skills they unlock, earliest stage first.
        #expect(map.nodes.map(\.skill.id) == ["p.features", "p.eval", "p.docker", "p.pipelines", "p.tuning", "p.serving"])
        #expect(map.nodes.map(\.kind) == [.learning, .ready, .ready, .ready, .waiting, .waiting])
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (4, 4, 2, 2))
        #expect(map.areas.map(\.id) == ["data", "models", "ops"])
        let mermaid = map.mermaid()
        // Edges only between skills drawn: Monitoring waits on Model serving, which is not ready, so it is left out.
        #expect(mermaid.components(separatedBy: " --> ").count - 1 == 4)
        #expect(!mermaid.contains("Monitoring") && !mermaid.contains("Pandas"))
        #expect(mermaid.contains("  subgraph a1[\"Models #amp; evaluation\"]\n"))
        #expect(map.footnote().hasPrefix("The map shows 6 skills: 4 of the 4 skills ready to learn now and 2 of the 2 they unlock next."))
    }

    @Test func atMostFortyNodesWithTheFrontierFirstAndTrueCounts() throws {
        // 30 skills ready, each unlocking two more: 90 open skills, 30 + 60 in the map's reach.
        var skills: [(id: String, stage: String, area: String, requires: [String])] = []
        for index in 0..<30 {
            skills.append(("w.r\(index)", "entry", index.isMultiple(of: 2) ? "even" : "odd", []))
            skills.append(("w.a\(index)", "mid", "even", ["w.r\(index)"]))
            skills.append(("w.b\(index)", "mid", "odd", ["w.r\(index)"]))
        }
        let catalog = assemble([("w.yaml", roadmapYAML(id: "w", stages: ["entry", "mid"], areas: ["even", "odd"], skills: skills))]).catalog
        let roadmap = try #require(catalog.roadmap("w"))
        let report = try ProgressReport(roadmap, in: catalog, progress: [:], enrolment: nil, stage: "mid", today: PortfolioFixture.today, timeZone: PortfolioFixture.utc)
        let map = PrerequisiteMap(report: report, roadmap: roadmap, catalog: catalog, statuses: [:])
        #expect(map.nodes.count == PrerequisiteMap.limit)
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (30, 30, 60, 10))
        #expect(map.nodes.prefix(30).allSatisfy { $0.kind == .ready } && map.nodes.dropFirst(30).allSatisfy { $0.kind == .waiting })
        let mermaid = map.mermaid()
        #expect(mermaid.components(separatedBy: "\"]\n").count - 1 == 40 + 2, "40 nodes and 2 subgraph labels")
        // Each of the ten unlocked skills drawn has its one prerequisite drawn too.
        #expect(mermaid.components(separatedBy: " --> ").count - 1 == 10)
        #expect(map.footnote().hasPrefix("The map shows 40 skills: 30 of the 30 skills ready to learn now and 10 of the 60 they unlock next."))
    }
}
