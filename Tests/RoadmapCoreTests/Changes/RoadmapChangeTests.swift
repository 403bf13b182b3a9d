import Foundation
import Testing
@testable import RoadmapCore

@Suite struct RoadmapChangeTests {
    func snapshot(_ key: String, _ skills: [String: (String, [String])]) -> RoadmapSnapshot {
        RoadmapSnapshot(roadmap: "r", contentKey: key, skills: skills.mapValues { .init(title: $0.0, stage: $0.0, aliases: $0.1) })
    }

    @Test func findsAddedRenamedRetiredAndMoved() throws {
        let old = snapshot("r@1", ["r.a": ("entry", []), "r.b": ("entry", []), "r.c": ("entry", [])])
        let new = snapshot("r@2", ["r.alpha": ("entry", ["r.a"]), "r.c": ("mid", []), "r.d": ("entry", [])])
        let change = try #require(RoadmapChange.between(old, new))
        #expect(change.added == ["r.d"])
        #expect(change.renamed == [.init(from: "r.a", to: "r.alpha")])
        #expect(change.retired == ["r.b"])
        #expect(change.moved == [.init(skill: "r.c", from: "entry", to: "mid")])
        #expect(change.notice == "roadmap 'r' changed: 1 skill added, 1 renamed, 1 retired, 1 moved to another stage; your progress is kept; see 'roadmap changes'")
        #expect(RoadmapChange.between(old, snapshot("r@2", ["r.a": ("entry", []), "r.b": ("entry", []), "r.c": ("entry", [])])) == nil)
    }

    @Test func foldingIntoAnExistingSkillOrSeveralIntoANewOneIsAMerge() throws {
        let old = snapshot("r@1", ["r.a": ("entry", []), "r.b": ("mid", []), "r.c": ("entry", []), "r.d": ("entry", [])])
        let new = snapshot("r@2", ["r.a": ("entry", ["r.b"]), "r.cd": ("entry", ["r.c", "r.d"])])
        let change = try #require(RoadmapChange.between(old, new))
        #expect(change.added.isEmpty && change.renamed.isEmpty && change.retired.isEmpty)
        #expect(change.merged == [.init(from: "r.b", to: "r.a"), .init(from: "r.c", to: "r.cd"), .init(from: "r.d", to: "r.cd")])
        #expect(change.moved.isEmpty, "a survivor keeps its own stage; the merged skill's stage is not a move")
        #expect(change.notice == "roadmap 'r' changed: 3 merged into others; your progress is kept; see 'roadmap changes'")
    }

    @Test func aChangeStoredBeforeMergesWereToldStillReads() throws {
        let stored = #"{"roadmap":"r","from":"r@1","to":"r@2","added":[],"renamed":[{"from":"r.a","to":"r.b"}],"retired":[],"moved":[]}"#
        let change = try JSONDecoder().decode(RoadmapChange.self, from: Data(stored.utf8))
        #expect(change.merged.isEmpty && change.renamed == [.init(from: "r.a", to: "r.b")])
    }

    @Test func aliasesAreCheckedAndFoldProgress() throws {
        let a = roadmapYAML(id: "a", skills: [("a.new", "entry", "basics", []), ("a.other", "entry", "basics", [])])
            .replacingOccurrences(of: "  - id: a.new\n", with: "  - id: a.new\n    aliases: [a.old]\n")
        let (catalog, findings) = assemble([("a.yaml", a)])
        #expect(findings.isEmpty)
        #expect(catalog.currentID("a.old") == "a.new")
        #expect(catalog.currentID("a.gone") == nil)
        #expect(try SkillLookup(catalog: catalog).resolve("a.old").id == "a.new")
        let clash = a.replacingOccurrences(of: "aliases: [a.old]", with: "aliases: [a.other]")
        #expect(assemble([("a.yaml", clash)]).findings.map(\.message).contains { $0.hasPrefix("alias 'a.other' of skill 'a.new' is the id of a current skill") })
    }
}
