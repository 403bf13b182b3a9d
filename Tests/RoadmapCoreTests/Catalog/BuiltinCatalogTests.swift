import Foundation
import Testing
@testable import RoadmapCore

@Suite struct BuiltinCatalogTests {
    static let loaded = BuiltinCatalog.load()
    var catalog: Catalog { Self.loaded.catalog }
    var findings: [Finding] { Self.loaded.findings }
    let seedFiles = ["000_98ef4c0683d89865.txt", "001_456da7b1f14933ba.txt", "002_4fe1513ffd1a44f3.txt", "003_e59e7985e3e8cb81.txt"]

    @Test func loadsWithNoErrorAndNoWarning() {
        #expect(findings.map(\.description) == [])
        #expect(catalog.roadmaps.map(\.id).sorted() == ["cloud", "frameworks", "math", "ml-engineer", "mlops", "python"])
        #expect(catalog.roadmaps.allSatisfy { $0.isBuiltin })
    }

    @Test func builtDocumentsAreExactlyTheParsedYAML() {
        let parsed = BuiltinCatalog.parsedDocuments()
        #expect(parsed.findings.filter { $0.severity == .error }.isEmpty)
        #expect(BuiltinCatalog.documents().documents == parsed.documents)
        #expect(BuiltinRoadmapFiles.documents().allSatisfy { $0 != nil })
    }

    @Test func atLeast150DistinctSkills() {
        #expect(catalog.skills.count >= 150)
    }

    @Test func mlEngineerHoldsEverySkillAndEveryStage() throws {
        let career = try #require(catalog.roadmap("ml-engineer"))
        #expect(Set(career.skillIDs) == Set(catalog.skills.keys))
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

    @Test func everySkillIsDescribedAndCitesASeedDocument() {
        for skill in catalog.skills.values {
            #expect(!skill.summary.isEmpty, "\(skill.id) has no summary")
            #expect(skill.keywords.count >= 2, "\(skill.id) has fewer than 2 keywords")
            #expect(seedFiles.contains { skill.source.hasPrefix($0 + ": ") }, "\(skill.id) cites '\(skill.source)'")
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

    /// Cited sections exist in the seed documents; skipped when ../shared is not beside the clone.
    @Test func citedSectionsExistInTheSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: seeds.path) else { return }
        var documents: [String: String] = [:]
        for file in seedFiles {
            documents[file] = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8).lowercased()
        }
        for skill in catalog.skills.values {
            let parts = skill.source.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let text = documents[parts[0]] else { continue }
            #expect(text.contains(parts[1].lowercased()), "\(skill.id): section '\(parts[1])' not in \(parts[0])")
        }
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
