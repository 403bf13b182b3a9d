import Foundation
import Testing
@testable import RoadmapCore

@Suite struct PrerequisiteMapTests {
    static func map(_ section: MarkdownExport.Section) -> PrerequisiteMap {
        let statuses = Dictionary(uniqueKeysWithValues: section.detail.skills.map { ($0.id, $0.status) })
        return PrerequisiteMap(report: section.report, roadmap: section.roadmap, catalog: section.catalog, statuses: statuses)
    }

    /// The node names of a Mermaid block, and those at either end of an arrow.
    static func nodesAndLinked(_ mermaid: String) -> (nodes: Set<String>, linked: Set<String>) {
        var nodes = Set<String>(), linked = Set<String>()
        for line in mermaid.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let bracket = line.firstIndex(of: "["), line.hasPrefix("s"), line[line.index(after: line.startIndex)..<bracket].allSatisfy(\.isNumber) {
                nodes.insert(String(line[..<bracket]))
            }
            let words = line.split(separator: " ")
            if words.count >= 3, line.contains("-->") || line.contains(".->") { linked.formUnion([String(words[0]), String(words[words.count - 1])]) }
        }
        return (nodes, linked)
    }

    @Test func readySkillsWithWhatTheyUnlockEveryOneWithAnArrow() throws {
        let map = Self.map(try PortfolioFixture.section())
        // Learning first, then by how much each unlocks; then the skills they unlock, earliest stage first. Data
        // pipelines is ready (it waits only on Feature engineering, being learnt) and what Feature engineering unlocks.
        #expect(map.nodes.map(\.skill.id) == ["p.features", "p.eval", "p.docker", "p.pipelines", "p.tuning", "p.serving"])
        #expect(map.nodes.map(\.kind) == [.learning, .ready, .ready, .ready, .waiting, .waiting])
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (4, 4, 2, 2))
        #expect(map.areas.map(\.id) == ["data", "models", "ops"])
        let mermaid = map.mermaid()
        // Edges only between skills drawn: Monitoring waits on Model serving, which is not ready, so it is left out.
        #expect(mermaid.components(separatedBy: " --> ").count - 1 == 4)
        let drawn = Self.nodesAndLinked(mermaid)
        #expect(drawn.nodes.count == 6 && drawn.nodes == drawn.linked, "every node has an arrow")
        #expect(!mermaid.contains("Monitoring") && !mermaid.contains("Pandas"))
        #expect(mermaid.contains("  subgraph a1[\"Models #amp; evaluation\"]\n"))
        #expect(map.footnote().hasPrefix(
            "The map shows 6 skills: 4 of the 4 skills ready to learn now, each with an arrow to what it unlocks, and 2 of the 2 they unlock next."))
    }

    @Test func aReadySkillThatUnlocksNothingInTheGapIsLeftOut() throws {
        // Two ready skills: one unlocks a third, the other nothing, so it has no arrow to draw.
        let skills: [(id: String, stage: String, area: String, requires: [String])] = [
            ("w.opens", "entry", "even", []), ("w.alone", "entry", "even", []), ("w.next", "mid", "odd", ["w.opens"]),
        ]
        let catalog = assemble([("w.yaml", roadmapYAML(id: "w", stages: ["entry", "mid"], areas: ["even", "odd"], skills: skills))]).catalog
        let roadmap = try #require(catalog.roadmap("w"))
        let report = try ProgressReport(roadmap, in: catalog, progress: [:], enrolment: nil, stage: "mid", today: PortfolioFixture.today, timeZone: PortfolioFixture.utc)
        let map = PrerequisiteMap(report: report, roadmap: roadmap, catalog: catalog, statuses: [:])
        #expect(map.nodes.map(\.skill.id) == ["w.opens", "w.next"])
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (2, 1, 1, 1))
        let drawn = Self.nodesAndLinked(map.mermaid())
        #expect(drawn.nodes.count == 2 && drawn.nodes == drawn.linked)
        #expect(map.footnote().contains(" they unlock next. Left out: 1 ready skill that unlocks nothing else in the gap. Amber"), "\(map.footnote())")
    }

    @Test func atMostFortyNodesEachReadySkillWithWhatItUnlocksAndTrueCounts() throws {
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
        // Twenty pairs rather than thirty boxes with ten arrows: each ready skill drawn with the first it unlocks.
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (30, 20, 60, 20))
        #expect(map.nodes.prefix(20).allSatisfy { $0.kind == .ready } && map.nodes.dropFirst(20).allSatisfy { $0.kind == .waiting })
        #expect(map.nodes.dropFirst(20).allSatisfy { $0.skill.id.hasPrefix("w.a") })
        let mermaid = map.mermaid()
        #expect(mermaid.components(separatedBy: "\"]\n").count - 1 == 40 + 2, "40 nodes and 2 subgraph labels")
        #expect(mermaid.components(separatedBy: " --> ").count - 1 == 20)
        let drawn = Self.nodesAndLinked(mermaid)
        #expect(drawn.nodes.count == 40 && drawn.nodes == drawn.linked, "every node has an arrow")
        #expect(map.footnote().hasPrefix("""
            The map shows 40 skills: 20 of the 30 skills ready to learn now, each with an arrow to what it unlocks, and 20 of the 60 they \
            unlock next. Left out for want of room: 10 ready skills. Amber
            """), "\(map.footnote())")
    }

    @Test func roomLeftGoesToMoreOfWhatTheDrawnSkillsUnlock() throws {
        // Three ready skills, each unlocking five: all three pairs first, then the rest of what they unlock.
        var skills: [(id: String, stage: String, area: String, requires: [String])] = []
        for index in 0..<3 {
            skills.append(("w.r\(index)", "entry", "even", []))
            for child in 0..<5 { skills.append(("w.c\(index)x\(child)", "mid", "odd", ["w.r\(index)"])) }
        }
        let catalog = assemble([("w.yaml", roadmapYAML(id: "w", stages: ["entry", "mid"], areas: ["even", "odd"], skills: skills))]).catalog
        let roadmap = try #require(catalog.roadmap("w"))
        let report = try ProgressReport(roadmap, in: catalog, progress: [:], enrolment: nil, stage: "mid", today: PortfolioFixture.today, timeZone: PortfolioFixture.utc)
        let map = PrerequisiteMap(report: report, roadmap: roadmap, catalog: catalog, statuses: [:])
        #expect((map.frontier, map.shownFrontier, map.unlocked, map.shownUnlocked) == (3, 3, 15, 15))
        let drawn = Self.nodesAndLinked(map.mermaid())
        #expect(drawn.nodes.count == 18 && drawn.nodes == drawn.linked)
        #expect(map.footnote().contains("unlock next. Amber"), "nothing left out: no remark about it")
    }
}
