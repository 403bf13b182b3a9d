import Foundation
import RoadmapCore
import Testing

@Suite struct CatalogCommandTests {
    let builtinIDs = ["cloud", "data-pipelines", "deep-learning", "frameworks", "genai", "math", "ml-engineer", "ml-platform", "mlops", "python"]

    @Test func listShowsEveryBuiltinRoadmap() throws {
        let run = try InProcess().run("list")
        #expect(run.status == 0, "\(run)")
        for id in builtinIDs { #expect(run.stdout.contains(id)) }
    }

    @Test func listJSONShape() throws {
        let run = try InProcess().run("list", "--json")
        let entries = try #require(try run.json() as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String }.sorted() == builtinIDs)
        for entry in entries {
            #expect(entry["title"] is String)
            #expect((entry["skills"] as? Int ?? 0) > 0)
            #expect(entry["builtin"] as? Bool == true)
        }
        let mlEngineer = try #require(entries.first { $0["id"] as? String == "ml-engineer" })
        #expect((mlEngineer["skills"] as? Int ?? 0) >= 150)
    }

    @Test func showJSONShape() throws {
        let run = try InProcess().run("show", "ml-engineer", "--json")
        #expect(run.status == 0, "\(run)")
        let detail = try #require(try run.json() as? [String: Any])
        #expect(detail["id"] as? String == "ml-engineer")
        #expect(detail["title"] is String)
        let stages = try #require(detail["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["id"] as? String } == ["entry", "mid", "senior", "leadership"])
        #expect(stages.allSatisfy { $0["title"] is String })
        let areas = try #require(detail["areas"] as? [[String: Any]])
        #expect(areas.allSatisfy { $0["id"] is String && $0["title"] is String })
        let skills = try #require(detail["skills"] as? [[String: Any]])
        #expect(skills.count >= 150)
        for skill in skills {
            for key in ["id", "title", "area", "stage", "summary", "source"] { #expect(skill[key] is String, "\(key) in \(skill)") }
            #expect(skill["requires"] is [String])
            #expect(skill["keywords"] is [String])
        }
        for stage in ["entry", "mid", "senior", "leadership"] {
            #expect(skills.contains { $0["stage"] as? String == stage }, "no \(stage) skill")
        }
    }

    @Test func showFiltersByStageAndArea() throws {
        let sandbox = try InProcess()
        let senior = try #require(try sandbox.run("show", "ml-engineer", "--stage", "senior", "--json").json() as? [String: Any])
        let skills = try #require(senior["skills"] as? [[String: Any]])
        #expect(!skills.isEmpty && skills.allSatisfy { $0["stage"] as? String == "senior" })
        let area = try #require(skills.first?["area"] as? String)
        let byArea = try #require(try sandbox.run("show", "ml-engineer", "--area", area, "--json").json() as? [String: Any])
        #expect((byArea["skills"] as? [[String: Any]])?.allSatisfy { $0["area"] as? String == area } == true)
        let text = sandbox.run("show", "python")
        #expect(text.status == 0 && text.stdout.contains("python.numpy") && text.stdout.contains("requires"))
        // The header counts the roadmap; narrowed, it says how many of them are shown (issue 24).
        let all = InProcess.builtinSkillCount("ml-engineer"), shown = skills.count
        #expect(senior["roadmapSkills"] as? Int == all)
        let header = sandbox.run("show", "ml-engineer", "--stage", "senior").stdout.split(separator: "\n").first ?? ""
        #expect(header.hasSuffix(", \(all) skills; showing \(shown) of them)"), "\(header)")
        #expect(sandbox.run("show", "ml-engineer").stdout.split(separator: "\n").first?.hasSuffix(", \(all) skills)") == true)
    }

    @Test func unknownRoadmapStageAndAreaAreOneLine() throws {
        let sandbox = try InProcess()
        let roadmap = sandbox.run("show", "mlop")
        #expect(roadmap.failedWithOneLine, "\(roadmap)")
        #expect(roadmap.stderr.contains("unknown roadmap 'mlop'; did you mean 'mlops'?"))
        #expect(roadmap.stderr.contains("ml-engineer"))
        let stage = sandbox.run("show", "python", "--stage", "senoir")
        #expect(stage.failedWithOneLine && stage.stderr.contains("did you mean 'senior'?"), "\(stage)")
        let area = sandbox.run("show", "python", "--area", "nowhere")
        #expect(area.failedWithOneLine, "\(area)")
    }

    /// Issue 24: the top-level help names every built-in roadmap, as the catalog has them.
    @Test func helpNamesEveryBuiltinRoadmap() throws {
        let help = try InProcess().run("--help")
        #expect(help.status == 0)
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ")
        let ids = BuiltinCatalog.load().catalog.roadmaps.filter(\.isBuiltin).map(\.id)
        #expect(ids.count >= 10)
        for id in ids { #expect(text.contains(" \(id),") || text.contains(" \(id) career path"), "\(id)") }
    }

    @Test func usageErrorsAreOneLine() throws {
        let sandbox = try Sandbox()
        for arguments in [["show"], ["frobnicate"], ["list", "--jsn"], ["lint"]] {
            let run = try sandbox.run(arguments)
            #expect(run.failedWithOneLine, "\(arguments): \(run)")
            #expect(run.stderr.hasPrefix("roadmap: "))
        }
    }

    @Test func versionHelpAndCompletions() throws {
        let sandbox = try Sandbox()
        let version = try sandbox.run("--version")
        #expect(version.status == 0 && version.stdout.first?.isNumber == true)
        for command in ["list", "show", "lint"] {
            let help = try sandbox.run(command, "--help")
            #expect(help.status == 0 && help.stdout.contains("USAGE: roadmap \(command)"), "\(help)")
        }
        let completion = try sandbox.run("--generate-completion-script", "bash")
        #expect(completion.status == 0 && completion.stdout.contains("complete"))
    }

    @Test func copiedBinaryWorksAlone() throws {
        let sandbox = try Sandbox()
        let empty = sandbox.home.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let copy = empty.appendingPathComponent("roadmap")
        try FileManager.default.copyItem(at: Sandbox.binary, to: copy)
        // A process another test starts while the copy is open for writing inherits it, and running the copy then fails
        // with "Text file busy" (ETXTBSY) for a moment: wait that out, as a shell would not need to.
        for _ in 0..<50 {
            guard (try? sandbox.run(["--version"], executable: copy, directory: empty)) == nil else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let list = try sandbox.run(["list", "--json"], executable: copy, directory: empty)
        #expect(list.status == 0, "\(list)")
        let ids = (try list.json() as? [[String: Any]])?.compactMap { $0["id"] as? String }.sorted()
        #expect(ids == builtinIDs)
        for id in builtinIDs {
            let show = try sandbox.run(["show", id], executable: copy, directory: empty)
            #expect(show.status == 0 && show.stdout.contains("skills"), "\(id): \(show)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path) == ["roadmap"])
    }
}
