import Foundation
import Testing
@testable import RoadmapCore

/// Electives and one-of groups: entry has a required skill and an elective; mid needs one of two cloud providers and
/// a skill that needs either.
@Suite struct ElectivePlanningTests {
    static let yaml = """
        id: e
        title: E
        version: 1
        stages:
          - {id: entry, title: Entry}
          - {id: mid, title: Mid}
        areas:
          - {id: core, title: Core}
        skills:
          - {id: e.basics, title: Basics, area: core, stage: entry, hours: 10}
          - {id: e.hadoop, title: Hadoop, area: core, stage: entry, elective: true, hours: 20}
          - {id: e.aws, title: AWS, area: core, stage: mid, one_of: cloud, hours: 8, requires: [e.basics]}
          - {id: e.gcp, title: GCP, area: core, stage: mid, one_of: cloud, hours: 9, requires: [e.basics]}
          - {id: e.deploy, title: Deploy, area: core, stage: mid, hours: 5, requires: [{any: [e.aws, e.gcp]}]}
        """
    static let catalog: Catalog = assemble([("e.yaml", yaml)]).catalog
    static var roadmap: Roadmap { catalog.roadmap("e")! }

    static func report(_ statuses: [String: SkillStatus]) throws -> ProgressReport {
        let progress = statuses.mapValues { SkillProgress(skill: "", status: $0, since: nil, notes: [], evidence: []) }
        return try ProgressReport(roadmap, in: catalog, progress: progress, enrolment: nil, stage: "mid",
                                  today: Day("2026-11-20")!, timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test func parsedAndLintedWithoutFindings() throws {
        #expect(assemble([("e.yaml", Self.yaml)]).findings.isEmpty)
        #expect(Self.catalog.skills["e.hadoop"]?.elective == true && Self.catalog.skills["e.hadoop"]?.oneOf == nil)
        #expect(Self.catalog.skills["e.aws"]?.oneOf == "cloud" && Self.catalog.skills["e.aws"]?.elective == false)
        #expect(Self.catalog.skills["e.basics"]?.isRequired == true)
        // The compiled text, custom and built-in roadmaps' form, keeps both.
        let document = try #require(RoadmapParser.parse(Self.yaml, file: "e.yaml").document)
        #expect(CompiledRoadmap.decode(CompiledRoadmap.encode(document)) == document)
    }

    @Test func anElectiveCountsOnceStarted() throws {
        let none = try Self.report([:])
        #expect(none.stages[0].total == 1 && none.stages[0].hours.total == 10, "Hadoop is left out")
        #expect(none.electives.map(\.skill) == ["e.hadoop", "e.gcp"])
        let started = try Self.report(["e.hadoop": .learning])
        #expect(started.stages[0].total == 2 && started.stages[0].hours.open == 30)
        #expect(started.electives.map(\.skill) == ["e.gcp"])
        // Skipping an elective never started changes nothing but its listing.
        let skipped = try Self.report(["e.hadoop": .skipped, "e.basics": .done])
        #expect(skipped.stages[0].total == 1 && skipped.reached == "entry")
    }

    @Test func aGroupCountsOneSkillTheFirstNotSkippedUntilOneIsStarted() throws {
        let none = try Self.report(["e.basics": .done])
        #expect(none.stages[1].total == 2 && none.stages[1].hours.total == 13, "AWS stands for the group, and Deploy")
        #expect(none.gaps.first { $0.skill == "e.aws" }?.oneOf == ["e.aws", "e.gcp"])
        let gcp = try Self.report(["e.basics": .done, "e.gcp": .learning])
        #expect(gcp.stages[1].total == 2 && gcp.stages[1].hours.total == 14, "GCP now counts, AWS does not")
        #expect(gcp.gaps.first { $0.skill == "e.gcp" }?.oneOf == nil)
        #expect(gcp.electives.map(\.skill) == ["e.hadoop", "e.aws"])
        let both = try Self.report(["e.basics": .done, "e.gcp": .done, "e.aws": .learning])
        #expect(both.stages[1].total == 3, "each started skill of a group counts")
        let awsSkipped = try Self.report(["e.basics": .done, "e.aws": .skipped])
        #expect(awsSkipped.gaps.contains { $0.skill == "e.gcp" }, "the first not skipped stands for the group")
        let reached = try Self.report(["e.basics": .done, "e.gcp": .done, "e.deploy": .done])
        #expect(reached.reached == "mid" && reached.gaps.isEmpty, "one provider is enough")
    }

    @Test func nextStepsListElectivesAfterTheCountedSkillsOfTheirStage() {
        let steps = NextSteps.compute(Self.roadmap, in: Self.catalog, statuses: ["e.basics": .done])
        #expect(steps.map(\.skill) == ["e.hadoop", "e.aws", "e.gcp"].sorted { a, b in
            // entry's elective first (earlier stage), then mid's stand-in, then the group's other skill.
            ["e.hadoop": 0, "e.aws": 1, "e.gcp": 2][a]! < ["e.hadoop": 0, "e.aws": 1, "e.gcp": 2][b]!
        })
        #expect(steps.first { $0.skill == "e.hadoop" }?.elective == true)
        #expect(steps.first { $0.skill == "e.aws" }?.elective == nil && steps.first { $0.skill == "e.aws" }?.oneOf == ["e.aws", "e.gcp"])
        #expect(steps.first { $0.skill == "e.gcp" }?.elective == true)
    }

    @Test func standingLeavesElectivesOutAndCountsThem() {
        let standing = Standing(Self.roadmap, in: Self.catalog, statuses: [:], enrolment: nil)
        #expect(standing.total == 3 && standing.electives == 2)
    }

    @Test func lintChecksGroupsAndOptionalPrerequisites() {
        let bad = """
            id: b
            title: B
            version: 1
            stages:
              - {id: entry, title: Entry}
              - {id: mid, title: Mid}
            areas:
              - {id: core, title: Core}
            skills:
              - {id: b.alone, title: Alone, area: core, stage: entry, one_of: lonely}
              - {id: b.x, title: X, area: core, stage: entry, one_of: split}
              - {id: b.y, title: Y, area: core, stage: mid, one_of: split}
              - {id: b.both, title: Both, area: core, stage: entry, elective: true, one_of: split}
              - {id: b.opt, title: Opt, area: core, stage: entry, elective: yes}
              - {id: b.needs, title: Needs, area: core, stage: mid, requires: [b.opt]}
              - {id: b.bad, title: Bad, area: core, stage: mid, elective: maybe, one_of: Not_An_Id}
            """
        let findings = (RoadmapParser.parse(bad, file: "b.yaml").findings + assemble([("b.yaml", bad)]).findings).map(\.description)
        #expect(findings.contains { $0.hasPrefix("b.yaml:10:") && $0.contains("group 'lonely' of skill 'b.alone' has no other skill") }, "\(findings)")
        #expect(findings.contains { $0.hasPrefix("b.yaml:12:") && $0.contains("skill 'b.y' of group 'split' has stage 'mid'") }, "\(findings)")
        #expect(findings.contains { $0.contains("skill 'b.both' is both an elective and one of group 'split'") }, "\(findings)")
        #expect(findings.contains { $0.contains("warning: required skill 'b.needs' requires 'b.opt', an elective") }, "\(findings)")
        #expect(findings.contains { $0.contains("expected true or false for 'elective' in skill 'b.bad'") }, "\(findings)")
        #expect(findings.contains { $0.contains("group 'Not_An_Id' in 'one_of' of skill 'b.bad' must be lower-case") }, "\(findings)")
    }
}
