import Foundation
import Testing
@testable import RoadmapCore

/// Planning with a choice prerequisite: export needs neural networks and one of PyTorch or TensorFlow; serving
/// needs export.
@Suite struct ChoicePlanningTests {
    static let catalog: Catalog = {
        let text = roadmapYAML(id: "c", skills: [
            ("c.nn", "entry", "basics", []), ("c.torch", "entry", "basics", []), ("c.tf", "entry", "basics", []),
            ("c.export", "mid", "basics", ["c.nn", "{any: [c.torch, c.tf]}"]), ("c.serve", "mid", "basics", ["c.export"]),
        ])
        return assemble([("c.yaml", text)]).catalog
    }()
    static var roadmap: Roadmap { catalog.roadmap("c")! }

    static func next(_ statuses: [String: SkillStatus]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: NextSteps.compute(roadmap, in: catalog, statuses: statuses).map { ($0.skill, $0.unlocks) })
    }

    static func report(_ statuses: [String: SkillStatus]) throws -> ProgressReport {
        let progress = statuses.mapValues { SkillProgress(skill: "", status: $0, since: nil, notes: [], evidence: []) }
        return try ProgressReport(roadmap, in: catalog, progress: progress, enrolment: nil, stage: "mid",
                                  today: Day("2026-11-20")!, timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test func readyOnceEachPlainPrerequisiteAndOneAlternativeAreDone() {
        #expect(Self.next([:])["c.export"] == nil)
        #expect(Self.next(["c.nn": .done])["c.export"] == nil, "no alternative done yet")
        #expect(Self.next(["c.torch": .done, "c.tf": .done])["c.export"] == nil, "the plain prerequisite is still open")
        #expect(Self.next(["c.nn": .done, "c.tf": .done])["c.export"] == 1)
        #expect(Self.next(["c.nn": .done, "c.torch": .skipped])["c.export"] == 1, "skipped settles an alternative as it does a prerequisite")
    }

    @Test func eachAlternativeUnlocksTheSkillUntilOneIsMet() {
        // Unmet: learning either framework is a way to export, then serve.
        #expect(Self.next([:]) == ["c.nn": 2, "c.torch": 2, "c.tf": 2])
        // PyTorch done: TensorFlow unlocks nothing more.
        #expect(Self.next(["c.torch": .done]) == ["c.nn": 2, "c.tf": 0])
        // In the whole catalog, as `info` counts: every alternative counts.
        #expect(DependentCounts.compute(Array(Self.catalog.skills.values))["c.tf"] == 2)
    }

    @Test func gapsWaitOnOneOfTheAlternatives() throws {
        let report = try Self.report(["c.nn": .done])
        let export = try #require(report.gaps.first { $0.skill == "c.export" })
        #expect(export.waitingOn.isEmpty && export.waitingOnOneOf == [["c.torch", "c.tf"]])
        let none = try #require(try Self.report([:]).gaps.first { $0.skill == "c.export" })
        #expect(none.waitingOn == ["c.nn"] && none.waitingOnOneOf == [["c.torch", "c.tf"]])
        #expect(none.waiting == [.skill("c.nn"), .any(["c.torch", "c.tf"])])
        let met = try #require(try Self.report(["c.tf": .learning, "c.torch": .done]).gaps.first { $0.skill == "c.export" })
        #expect(met.waitingOnOneOf.isEmpty, "a choice one alternative meets waits on nothing")
    }

    @Test func fullReportSaysOneOf() throws {
        let report = try Self.report([:])
        let text = ProgressReports([report], isSingle: true, isFull: true).text(in: TextContext(timeZone: .gmt))
        #expect(text.contains("c.export  c.export · waiting on c.nn; one of c.torch, c.tf\n"), "\(text)")
        #expect(PrerequisiteWording.list([.any(["a.x", "a.y"]), "a.p", "a.q"]) == "a.p, a.q; one of a.x, a.y")
        #expect(PrerequisiteWording.list(["a.p"], naming: { $0.uppercased() }) == "A.P")
    }

    @Test func unknownAlternativesCannotBlock() {
        let skill = Skill(id: "c.x", title: "X", area: "basics", stage: "entry",
                          requires: [.any(["c.torch", "gone.one"]), .any(["gone.two", "gone.three"]), .any(["c.nn", "c.tf", "gone.four"])], roadmap: "c")
        let known = { (id: String) in !id.hasPrefix("gone.") }
        #expect(skill.unmetPrerequisites(known: known, met: { _ in false }) == [.skill("c.torch"), .any(["c.nn", "c.tf"])])
        #expect(skill.unmetPrerequisites(known: known, met: { $0 == "c.torch" || $0 == "c.tf" }).isEmpty)
    }

    @Test func markingAheadOfAChoiceNamesIt() {
        let export = Self.catalog.skills["c.export"]!
        let summary = MarkSummary(status: .done, changes: [], skills: [export], day: nil, hasNote: false, statuses: ["c.export": .done, "c.nn": .done])
        #expect(summary.openPrerequisites.map(\.open) == [[.any(["c.torch", "c.tf"])]])
    }

    @Test func mapDrawsAChoiceAsADottedOneOfArrow() throws {
        let statuses: [String: SkillStatus] = ["c.nn": .done]
        let map = PrerequisiteMap(report: try Self.report(statuses), roadmap: Self.roadmap, catalog: Self.catalog, statuses: statuses)
        #expect(map.nodes.map(\.skill.id) == ["c.torch", "c.tf", "c.export"])
        #expect(map.nodes.map(\.kind) == [.ready, .ready, .waiting])
        let mermaid = map.mermaid()
        #expect(mermaid.contains("  s0 -. one of .-> s2\n  s1 -. one of .-> s2\n"), "\(mermaid)")
        #expect(!mermaid.contains(" --> "))
        #expect(map.footnote().hasSuffix(" A dotted arrow marked \"one of\" is a choice: any one of its skills will do.\n"))
        // Learning one alternative makes the skill ready, as learning a plain prerequisite does.
        let learning: [String: SkillStatus] = ["c.nn": .done, "c.tf": .learning]
        let next = PrerequisiteMap(report: try Self.report(learning), roadmap: Self.roadmap, catalog: Self.catalog, statuses: learning)
        #expect(next.nodes.first { $0.skill.id == "c.export" }?.kind == .ready)
    }

    @Test func htmlMapDrawsAChoiceDashed() {
        let layout = MapLayout(stages: Self.roadmap.stages, areas: Self.roadmap.areas, skills: Self.catalog.skills(of: Self.roadmap))
        let edges = layout.edges.map { "\($0.from)>\($0.to)\($0.choice ? " choice" : "")" }.sorted()
        #expect(edges == ["c.export>c.serve", "c.nn>c.export", "c.tf>c.export choice", "c.torch>c.export choice"])
    }
}
