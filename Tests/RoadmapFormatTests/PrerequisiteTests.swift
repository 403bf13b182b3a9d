import Foundation
import Testing
@testable import RoadmapFormat

/// Choice prerequisites in the file format: parsed with their places, refused with a finding naming file:line:col,
/// and kept exactly through the compiled text and the generated Swift source.
@Suite struct PrerequisiteTests {
    /// A one-skill roadmap whose skill's `requires` is given as line 15 onwards.
    static func yaml(requires: String) -> String {
        """
        id: c
        title: C
        version: 1
        stages:
          - id: entry
            title: Entry
        areas:
          - id: basics
            title: Basics
        skills:
          - id: c.model-export
            title: Export
            area: basics
            stage: entry
            \(requires)
        """
    }

    static func parse(requires: String) -> (skill: DocumentSkill?, findings: [String]) {
        let parsed = RoadmapParser.parse(yaml(requires: requires), file: "c.yaml")
        return (parsed.document?.skills.first, parsed.findings.map(\.description))
    }

    @Test func namesIsWhetherItsIdsContain() {
        let lists: [[Prerequisite]] = [[], ["a"], ["a", "b"], [.any(["b", "c"])], ["a", .any(["c", "d"]), "e"], [.any(["a", "a"])]]
        for list in lists {
            for id in ["a", "b", "c", "d", "e", "f", ""] {
                #expect(list.names(id) == list.ids.contains(id), "\(list) \(id)")
                for prerequisite in list { #expect(prerequisite.names(id) == prerequisite.ids.contains(id)) }
            }
        }
    }

    @Test func flowChoiceIsParsedWithEveryAlternativesPlace() throws {
        let (parsed, findings) = Self.parse(requires: "requires: [c.nn, {any: [c.torch, c.tf]}]")
        #expect(findings.isEmpty)
        let skill = try #require(parsed)
        #expect(skill.skill.requires == [.skill("c.nn"), .any(["c.torch", "c.tf"])])
        #expect(skill.requires.map(\.value) == ["c.nn", "c.torch", "c.tf"])
        #expect(skill.requires.map { "\($0.location.line):\($0.location.column)" } == ["15:16", "15:29", "15:38"])
        let located = skill.locatedPrerequisites
        #expect(located.map(\.prerequisite) == skill.skill.requires)
        #expect(located.map { $0.ids.map(\.value) } == [["c.nn"], ["c.torch", "c.tf"]])
    }

    @Test func blockChoiceReadsTheSame() throws {
        let (parsed, findings) = Self.parse(requires: "requires:\n      - c.nn\n      - any:\n          - c.torch\n          - c.tf")
        #expect(findings.isEmpty)
        let skill = try #require(parsed)
        #expect(skill.skill.requires == [.skill("c.nn"), .any(["c.torch", "c.tf"])])
        #expect(skill.requires.map { "\($0.location.line):\($0.location.column)" } == ["16:9", "18:13", "19:13"])
    }

    @Test(arguments: [
        ("requires: [{any: [c.torch]}]",
         "c.yaml:15:16: error: a choice of skill 'c.model-export' names one skill; it needs two or more (one skill is a plain prerequisite)"),
        ("requires: [{any: []}]",
         "c.yaml:15:16: error: a choice of skill 'c.model-export' names no skill; it needs two or more (one skill is a plain prerequisite)"),
        ("requires: [{}]",
         "c.yaml:15:16: error: a choice of skill 'c.model-export' has no 'any' (a choice is {any: [id, id, …]})"),
        ("requires: [{one: [c.torch, c.tf]}]",
         "c.yaml:15:17: error: unknown key 'one' in a choice of skill 'c.model-export' (a choice is {any: [id, id, …]})"),
        ("requires: [{any: [c.torch, c.tf], all: [c.nn]}]",
         "c.yaml:15:39: error: unknown key 'all' in a choice of skill 'c.model-export' (a choice is {any: [id, id, …]})"),
        ("requires: [{any: c.torch}]",
         "c.yaml:15:22: error: expected a list of skill ids for 'any' in a choice of skill 'c.model-export'"),
        ("requires: [{any: [c.torch, [c.tf]]}]",
         "c.yaml:15:32: error: choices do not nest: expected a skill id in 'any' of skill 'c.model-export'"),
        ("requires: [{any: [c.torch, {any: [c.tf, c.nn]}]}]",
         "c.yaml:15:32: error: choices do not nest: expected a skill id in 'any' of skill 'c.model-export'"),
        ("requires: [{any: [c.torch, \"\"]}]",
         "c.yaml:15:32: error: expected a skill id in 'any' of skill 'c.model-export'"),
        ("requires: [{any: [c.torch, c.torch]}]",
         "c.yaml:15:32: error: 'c.torch' is listed twice in a choice of skill 'c.model-export'"),
        ("requires: [c.nn, [c.tf]]",
         "c.yaml:15:22: error: expected a skill id or a choice {any: [id, id]} in 'requires' of skill 'c.model-export'"),
    ])
    func malformedChoiceIsAnErrorAtItsPlaceAndLeftOut(_ requires: String, _ expected: String) throws {
        let (parsed, findings) = Self.parse(requires: requires)
        #expect(findings == [expected])
        #expect(try #require(parsed).skill.requires.allSatisfy { !$0.isChoice }, "a refused choice is not kept")
    }

    @Test func choiceAlsoRequiredOnItsOwnIsAlwaysMet() {
        let (parsed, findings) = Self.parse(requires: "requires: [c.torch, {any: [c.torch, c.tf]}]")
        #expect(findings == ["c.yaml:15:25: warning: the choice of skill 'c.model-export' is always met: 'c.torch' is also required on its own"])
        #expect(parsed?.skill.requires == [.skill("c.torch"), .any(["c.torch", "c.tf"])])
    }

    @Test func metByAnyOneAlternative() {
        let choice = Prerequisite.any(["a.x", "a.y"])
        #expect(choice.isMet { $0 == "a.y" })
        #expect(!choice.isMet { $0 == "a.z" })
        #expect(Prerequisite.skill("a.x").isMet { $0 == "a.x" })
        let list: [Prerequisite] = ["a.p", .any(["a.x", "a.y"]), "a.q", .any(["a.v", "a.w"])]
        #expect(list.ids == ["a.p", "a.x", "a.y", "a.q", "a.v", "a.w"])
        #expect(list.skillIDs == ["a.p", "a.q"])
        #expect(list.choices == [["a.x", "a.y"], ["a.v", "a.w"]])
    }

    @Test func codableShapeIsTheYAMLs() throws {
        let list: [Prerequisite] = ["a.p", .any(["a.x", "a.y"])]
        let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        #expect(json == #"["a.p",{"any":["a.x","a.y"]}]"#)
        #expect(try JSONDecoder().decode([Prerequisite].self, from: Data(json.utf8)) == list)
    }

    @Test func compiledTextKeepsChoicesAndTheirPlaces() throws {
        let yaml = Self.yaml(requires: "requires: [c.nn, {any: [c.torch, c.tf]}, {any: [c.a, c.b, c.c]}, c.last]")
        let parsed = try #require(RoadmapParser.parse(yaml, file: "c.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        #expect(compiled.contains("\tc.nn^15.16|c.torch^15.29^1|c.tf^15.38^1|c.a^15.53^2|c.b^15.58^2|c.c^15.63^2|c.last^15.70\t"))
        let decoded = try #require(CompiledRoadmap.decode(compiled))
        #expect(decoded == parsed)
        #expect(decoded.skills[0].skill.requires == [.skill("c.nn"), .any(["c.torch", "c.tf"]), .any(["c.a", "c.b", "c.c"]), .skill("c.last")])
    }

    @Test func prerequisitesReadAloneAreTheCoresOwn() throws {
        let yaml = Self.yaml(requires: "requires: [c.nn, {any: [c.torch, c.tf]}, {any: [c.a, c.b, c.c]}, c.last]")
        let parsed = try #require(RoadmapParser.parse(yaml, file: "c.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        // Of a skill whose core is not read yet they are read alone from its record, each time the same; then as part
        // of the core.
        let lazily = try #require(CompiledRoadmap.decode(compiled, skillsWhenAsked: true))
        for _ in 0..<2 {
            #expect(lazily.skills.map(\.skill.requires) == parsed.skills.map(\.skill.requires))
        }
        #expect(lazily.skills.map(\.skill.stage) == parsed.skills.map(\.skill.stage))
        #expect(lazily.skills.map(\.skill.requires) == parsed.skills.map(\.skill.requires))
        #expect(lazily == parsed)
    }

    @Test func prerequisiteIDsAreReadAsBytesWithTheirChoice() throws {
        let yaml = Self.yaml(requires: "requires: [c.nn, {any: [c.torch, c.tf]}, {any: [c.a, c.b, c.c]}, c.last]")
        let parsed = try #require(RoadmapParser.parse(yaml, file: "c.yaml").document)
        let lazily = try #require(CompiledRoadmap.decode(CompiledRoadmap.encode(parsed), skillsWhenAsked: true))
        func ids(_ skill: Skill) -> [String] {
            var seen: [String] = []
            skill.forEachPrerequisiteID { seen.append(String(decoding: $0, as: UTF8.self) + ($1.map { "/\($0)" } ?? "")) }
            return seen
        }
        // A choice is numbered by its place among the prerequisites, in a record (not read yet) as in a parsed skill.
        let expected = ["c.nn", "c.torch/1", "c.tf/1", "c.a/2", "c.b/2", "c.c/2", "c.last"]
        #expect(ids(parsed.skills[0].skill) == expected)
        #expect(ids(lazily.skills[0].skill) == expected)
        #expect(lazily.skills.map { ids($0.skill) } == parsed.skills.map { ids($0.skill) })
    }

    @Test(arguments: [
        ("c.tf^15.22", "c.tf", false), ("c.tf^15.22", "c.tf^15.23", true), ("c.tf^15.22", "c.tf^15.22^1^2", false),
        ("c.tf^15.22", "c.tf^x.22", false), ("c.tf^15.22", "c.tf^15.22^one", false), ("c.nn^15.16|", "c.nn^15.16||", true),
    ])
    func compiledPrerequisiteItemsAreCheckedWhenNotAsWritten(written: String, edited: String, reads: Bool) throws {
        // An edited text no longer matches its checksum, so every record is checked as it is decoded.
        let yaml = Self.yaml(requires: "requires: [c.nn, c.tf]")
        let compiled = CompiledRoadmap.encode(try #require(RoadmapParser.parse(yaml, file: "c.yaml").document))
        #expect(compiled.contains(written))
        let decoded = CompiledRoadmap.decode(compiled.replacingOccurrences(of: written, with: edited))
        #expect((decoded != nil) == reads, "\(edited)")
        if reads { #expect(decoded?.skills[0].skill.requires == ["c.nn", "c.tf"]) }
    }

    @Test func compiledTextWithoutChoicesReadsAsBefore() throws {
        // A record as builds before choices wrote it: plain `id^line.column` items.
        let yaml = Self.yaml(requires: "requires: [c.nn, c.tf]")
        let parsed = try #require(RoadmapParser.parse(yaml, file: "c.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        #expect(compiled.contains("\tc.nn^15.16|c.tf^15.22\t"))
        #expect(CompiledRoadmap.decode(compiled)?.skills[0].skill.requires == ["c.nn", "c.tf"])
    }
}
