import Foundation
import RoadmapCore
import Testing
@testable import RoadmapCLI

/// The values a shell is offered, worked out in-process: built-ins, aliases, and custom roadmaps of the
/// database the command line names, without ever creating one.
@Suite struct CompletionCandidatesTests {
    let world: InProcess
    init() throws { world = try InProcess() }

    func candidates(_ words: [String], environment: [String: String] = [:]) -> CompletionCandidates {
        CompletionCandidates(words: words, environment: environment, home: world.home.path)
    }

    @Test func aPartOfAnIdOffersTheSkillAndAPrefixOffersOnlyIdsStartingWithIt() {
        let builtins = candidates(["roadmap", "done", "num"])
        #expect(builtins.skills(matching: "num") == ["python.numpy"])
        let python = builtins.skills(matching: "python.n")
        #expect(python.contains("python.numpy") && python.allSatisfy { $0.hasPrefix("python.n") })
        #expect(builtins.skills(matching: "zzz").isEmpty)
    }

    @Test func everySkillAndEveryFormerIdIsOffered() {
        let catalog = BuiltinCatalog.load().catalog
        let all = candidates(["roadmap", "info", ""]).skills(matching: "")
        #expect(Set(all) == Set(catalog.skills.keys).union(catalog.aliases.keys))
        #expect(all.contains("python.r-language"), "an alias of lang.r")
    }

    @Test func roadmapsAreTheCatalogsAndStagesThoseOfTheNamedRoadmap() {
        let offered = candidates(["roadmap", "show", ""])
        #expect(offered.roadmaps(matching: "") == BuiltinCatalog.load().catalog.roadmaps.map(\.id).sorted())
        #expect(offered.roadmaps(matching: "ml") == ["ml-engineer", "ml-platform", "mlops"])
        #expect(offered.stages(matching: "", words: ["roadmap", "report", "python", "--stage", ""]) == ["entry", "mid", "senior", "leadership"])
        #expect(offered.stages(matching: "s", words: ["roadmap", "report", "--stage", "s"]) == ["senior"])
    }

    @Test func customRoadmapsComeFromTheDatabaseTheWordsOrTheEnvironmentName() throws {
        let database = world.home.appendingPathComponent("team.sqlite").path
        let file = try world.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a", stage: "mid")), to: "team.yaml")
        #expect(world.run("add", file.path, "--db", database).status == 0)

        for words in [["roadmap", "done", "--db", database, "te"], ["roadmap", "done", "--db=\(database)", "te"], ["roadmap", "done", "--db", "'\(database)'", "te"]] {
            #expect(candidates(words).skills(matching: "te") == ["team.a"], "\(words)")
            #expect(candidates(words).roadmaps(matching: "te") == ["team"], "\(words)")
        }
        #expect(candidates(["roadmap", "done", "te"], environment: ["ROADMAP_DB": database]).skills(matching: "te") == ["team.a"])
        #expect(!candidates(["roadmap", "done", "te"]).skills(matching: "te").contains("team.a"), "the default database has no team roadmap")
        #expect(candidates(["roadmap", "start", "team", "--target", ""], environment: ["ROADMAP_DB": database])
            .stages(matching: "", words: ["roadmap", "start", "team", "--target", ""]) == ["entry", "mid"])
    }

    @Test func completingNeverCreatesADatabaseNorMindsABrokenOne() throws {
        _ = candidates(["roadmap", "done", ""]).skills(matching: "")
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path))
        let missingFolder = world.home.appendingPathComponent("no/such/folder/db.sqlite").path
        #expect(candidates(["roadmap", "done", "--db", missingFolder, "num"]).skills(matching: "num") == ["python.numpy"])
        #expect(!FileManager.default.fileExists(atPath: world.home.appendingPathComponent("no").path))
        let notADatabase = try world.write(String(repeating: "not sqlite ", count: 100), to: "notes.sqlite")
        #expect(candidates(["roadmap", "done", "--db", notADatabase.path, "num"]).skills(matching: "num") == ["python.numpy"])
    }
}
