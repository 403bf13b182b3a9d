import Foundation
import Testing
@testable import RoadmapCore

@Suite struct BuiltinCatalogTests {
    static let loaded = BuiltinCatalog.load()
    var catalog: Catalog { Self.loaded.catalog }
    var findings: [Finding] { Self.loaded.findings }
    let seedFiles = SeedDocument.files
    /// The specialisation roadmaps (genai among them), with the prefix of the skill ids each defines; they include
    /// ml-engineer's skills by id.
    static let specialisations = ["data-pipelines": "pipelines", "deep-learning": "deep", "genai": "genai", "ml-platform": "platform"]

    @Test func loadsWithNoErrorAndNoWarning() {
        #expect(findings.map(\.description) == [])
        #expect(catalog.roadmaps.map(\.id).sorted() == [
            "cloud", "data-pipelines", "deep-learning", "frameworks", "genai", "math", "ml-engineer", "ml-platform", "mlops", "python",
        ])
        #expect(catalog.roadmaps.allSatisfy { $0.isBuiltin })
    }

    @Test func builtDocumentsAreExactlyTheParsedYAML() {
        let parsed = BuiltinCatalog.parsedDocuments()
        #expect(parsed.findings.filter { $0.severity == .error }.isEmpty)
        #expect(BuiltinCatalog.documents().documents == parsed.documents)
        #expect(BuiltinCatalog.ids == parsed.documents.map(\.id.value))
        // Every file compiled at build time, in this build's form, read back without parsing YAML.
        #expect(BuiltinRoadmapFiles.compiled.allSatisfy { $0.map(CompiledRoadmap.isCurrent) == true })
        #expect(BuiltinRoadmapFiles.compiled.compactMap { $0.flatMap { CompiledRoadmap.decode($0) } } == parsed.documents)
    }

    @Test func atLeast150DistinctSkills() {
        #expect(catalog.skills.count >= 150)
    }

    @Test func mlEngineerHoldsEverySkillButTheSpecialisationsOwnAndEveryStage() throws {
        let career = try #require(catalog.roadmap("ml-engineer"))
        let specialised = catalog.skills.values.filter { Self.specialisations.keys.contains($0.roadmap) }.map(\.id)
        #expect(Set(career.skillIDs) == Set(catalog.skills.keys).subtracting(specialised))
        #expect(career.stages.map(\.id) == ["entry", "mid", "senior", "leadership"])
        for stage in career.stages {
            #expect(catalog.skills(of: career).contains { $0.stage == stage.id }, "no skill at \(stage.id)")
            #expect(!stage.jobTitles.isEmpty, "\(stage.id) lists no job titles")
        }
        #expect(Set(career.includes).isSuperset(of: ["math", "python", "frameworks", "mlops", "cloud"]))
    }

    @Test func everyRoadmapSharesTheCareerStages() throws {
        let career = try #require(catalog.roadmap("ml-engineer"))
        for roadmap in catalog.roadmaps {
            #expect(roadmap.stages == career.stages, "\(roadmap.id)")
        }
    }

    @Test func specialisationsIncludeCareerSkillsByIDAndDefineOnlyTheirOwn() throws {
        let career = Set(try #require(catalog.roadmap("ml-engineer")).skillIDs)
        for (id, prefix) in Self.specialisations.sorted(by: { $0.key < $1.key }) {
            let roadmap = try #require(catalog.roadmap(id), "\(id)")
            #expect(roadmap.includes.count >= 10, "\(id) includes \(roadmap.includes.count) skills")
            for include in roadmap.includes {
                #expect(include.contains(".") && career.contains(include), "\(id) includes '\(include)', not an ml-engineer skill by id")
            }
            let own = catalog.skills(of: roadmap).filter { $0.roadmap == id }
            #expect(own.count >= 5, "\(id) defines \(own.count) skills")
            #expect(own.allSatisfy { $0.id.hasPrefix(prefix + ".") }, "\(id) defines \(own.map(\.id).filter { !$0.hasPrefix(prefix + ".") })")
            #expect(Set(roadmap.skillIDs) == Set(roadmap.includes).union(own.map(\.id)), "\(id) holds skills it neither includes nor defines")
            let elsewhere = catalog.skills.values.filter { $0.id.hasPrefix(prefix + ".") && $0.roadmap != id }.map(\.id)
            #expect(elsewhere.isEmpty, "prefix '\(prefix).' of \(id) is used by \(elsewhere)")
            for skill in own {
                #expect(skill.hours != nil, "\(skill.id) has no estimate")
                #expect(!skill.resources.isEmpty, "\(skill.id) has no resource")
            }
        }
    }

    @Test func genaiGoesBeyondTheDocumentsAndStartsFromLLMFundamentals() throws {
        let genai = try #require(catalog.roadmap("genai"))
        let beyond = "beyond the source documents: "
        #expect(genai.summary.contains("beyond the source documents"))
        // Version 3: LLM fundamentals and prompting are entry skills of ml-engineer, which genai includes.
        #expect(genai.includes.contains("llm.fundamentals") && genai.includes.contains("llm.prompting"))
        let own = catalog.skills(of: genai).filter { $0.roadmap == "genai" }
        for skill in own {
            #expect(skill.source.hasPrefix(beyond) && skill.source.count > beyond.count + 10, "\(skill.id) cites '\(skill.source)'")
            #expect(transitivePrerequisites(of: skill.id).contains("llm.fundamentals"), "\(skill.id) does not build on llm.fundamentals")
        }
        #expect(catalog.skills["llm.fundamentals"]?.stage == "entry")
        #expect(catalog.skills["llm.prompting"]?.stage == "entry")
    }

    @Test func everySkillIsDescribedAndCitesASeedDocument() {
        for skill in catalog.skills.values {
            #expect(!skill.summary.isEmpty, "\(skill.id) has no summary")
            #expect(skill.keywords.count >= 2, "\(skill.id) has fewer than 2 keywords")
            // A seed document's section (SourceCitationTests checks it names the skill), or the documented beyond form.
            switch SourceCitation(skill.source) {
            case .section(let file, _): #expect(seedFiles.contains(file), "\(skill.id) cites '\(skill.source)'")
            case .beyondTheDocuments(let reason): #expect(!reason.isEmpty, "\(skill.id) is beyond the source documents but gives no reason")
            case nil: Issue.record("\(skill.id) cites '\(skill.source)', neither 'FILE: Section heading' nor 'beyond the source documents: <reason>'")
            }
        }
    }

    @Test func everySeedTermAppearsInSomeSkill() {
        let texts = catalog.skills.values.map { ([$0.title, $0.summary] + $0.keywords).joined(separator: "\n").lowercased() }
        #expect(seedTerms.count >= 100)
        let missing = seedTerms.filter { term in !texts.contains { $0.contains(term.lowercased()) } }
        #expect(missing == [])
    }

    @Test func prerequisitesFollowLearningOrder() throws {
        let requires = { (id: String) in catalog.skills[id]?.requires.ids ?? [] }
        #expect(requires("python.numpy").contains { $0.hasPrefix("python.") })
        #expect(PrerequisiteGraph(requires: catalog.skills.mapValues(\.requires.ids)).cycles().isEmpty)
        let kubernetes = catalog.skills.values.filter { $0.id.contains("kubernetes") }
        #expect(!kubernetes.isEmpty)
        #expect(kubernetes.allSatisfy { k in transitivePrerequisites(of: k.id).contains { $0.contains("docker") } })
    }

    func transitivePrerequisites(of id: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = catalog.skills[id]?.requires.ids ?? []
        while let next = queue.popLast() {
            if seen.insert(next).inserted { queue += catalog.skills[next]?.requires.ids ?? [] }
        }
        return seen
    }
}
