import Foundation
import Testing
import RoadmapCore

@Suite struct SearchCommandTests {
    @Test func findsByShortNameWithStatusAndNeverCreatesTheDatabase() throws {
        let world = try InProcess()
        let k8s = world.run("search", "k8s")
        #expect(k8s.status == 0 && k8s.stdout.hasPrefix("[ ] mlops.kubernetes  Kubernetes\n"), "\(k8s)")
        #expect(k8s.stdout.contains("mid · ml-engineer, ml-platform, mlops · keyword k8s"))
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path), "searching creates no database")

        #expect(world.run("done", "mlops.kubernetes").status == 0)
        let json = try #require(try world.run("search", "k8s", "--json").json() as? [[String: Any]])
        #expect(json.first?["id"] as? String == "mlops.kubernetes" && json.first?["status"] as? String == "done")
        #expect(json.first?["match"] as? String == "keyword" && json.first?["keyword"] as? String == "k8s")
        #expect(Set(json.first?.keys.map { $0 } ?? []) == ["id", "title", "roadmaps", "stage", "status", "match", "keyword"])
    }

    @Test func wordsTogetherAndARoadmap() throws {
        let world = try InProcess()
        #expect(world.run("search", "linear", "regression").stdout.hasPrefix("[ ] ml.linear-regression  Linear regression\n"))
        let sklearn = try #require(try world.run("search", "sklearn", "--roadmap", "frameworks", "--json").json() as? [[String: Any]])
        #expect(sklearn.first?["id"] as? String == "frameworks.scikit-learn")
        let elsewhere = world.run("search", "k8s", "--roadmap", "python")
        #expect(elsewhere.status == 1 && elsewhere.stderr == "roadmap: no skill of roadmap 'python' matches 'k8s'; search every roadmap without --roadmap\n")
    }

    /// As grep: nothing found is exit 1, with the reason on stderr; JSON still gets an empty array.
    @Test func nothingFoundExitsOneWithTheClosestIDs() throws {
        let world = try InProcess()
        let typo = world.run("search", "pytorh")
        #expect(typo.status == 1 && typo.stdout.isEmpty)
        #expect(typo.stderr == "roadmap: no skill matches 'pytorh'; did you mean 'frameworks.pytorch'?\n")
        let json = world.run("search", "pytorh", "--json")
        #expect(json.status == 1 && json.stdout == "[]\n")
        let apart = world.run("search", "kubernetes", "pandas")
        #expect(apart.status == 1 && apart.stderr == "roadmap: no skill matches all of 'kubernetes pandas'; try fewer words\n")
        #expect(world.run("search").status != 0)
    }

    @Test func fitsTheTerminal() throws {
        let world = try InProcess()
        let narrow = world.run(["search", "LLM"], columns: 40)
        #expect(narrow.status == 0)
        for line in narrow.stdout.split(separator: "\n") { #expect(String(line).columns <= 40, "\(line)") }
    }
}
