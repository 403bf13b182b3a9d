import Foundation
import Testing
@testable import RoadmapCore

@Suite struct InfoCommandTests {
    static let catalog = BuiltinCatalog.load().catalog
    static let numpy = catalog.skills["python.numpy"]!

    /// A world where python.basics is done (back-dated), numpy is being learnt, with a note and evidence on it.
    static func learningNumPy() throws -> InProcess {
        let world = try InProcess()
        world.run("done", "python.basics", "--on", "2026-03-01")
        world.run("learning", "numpy")
        world.run("note", "numpy", "Cleaned the \u{1B}[31mtaxi data")
        world.run("evidence", "numpy", "https://github.com/me/taxi-eda", "--title", "Taxi EDA notebook")
        return world
    }

    /// A custom roadmap that includes numpy and builds on it with a skill that has no estimate.
    static let teamYAML = """
        id: team
        title: Team skills
        version: 1
        stages:
          - id: entry
            title: Entry
        areas:
          - id: team-core
            title: Core
        include: [python.numpy]
        skills:
          - id: team.notebooks
            title: Team notebooks
            area: team-core
            stage: entry
            requires: [python.numpy]
        """

    @Test func pageShowsWhereTheSkillSitsWhatItNeedsAndWhereYouStand() throws {
        let run = try Self.learningNumPy().run("info", "numpy")
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let python = try #require(Self.catalog.roadmap("python"))
        let resource = try #require(Self.numpy.resources.first)
        for part in [
            "python.numpy — NumPy\n",
            "python (\(python.title))", "ml-engineer (",
            "  stage     entry — \(python.stage("entry")!.title)\n",
            "  area      python-data — \(python.area("python-data")!.title)\n",
            "  hours     \(Self.numpy.hours!) estimated\n",
            "  status    [~] learning since 2026-11-22\n",
            "\(resource.kind.rawValue)  \(resource.title) <\(resource.url)>",
            "    [x] python.basics", "    [ ] python.collections",
            "    [ ] python.pandas",
            "2026-11-22  Cleaned the ?[31mtaxi data\n",
            "2026-11-22  Taxi EDA notebook <https://github.com/me/taxi-eda>\n",
            "todo → learning",
        ] {
            #expect(run.stdout.contains(part), "\(part)")
        }
        #expect(!run.stdout.contains("\u{1B}"), "user text never reaches the terminal raw")
        let direct = Self.catalog.skills.values.filter { $0.requires.ids.contains("python.numpy") }.count
        #expect(run.stdout.contains("Unlocks: \(direct) skills directly, "))
    }

    /// Issue 24: a reader sees the source document's title and section, never its internal file name; JSON keeps it.
    @Test func sourceNamesTheDocumentByItsTitle() throws {
        let world = try InProcess()
        let cited = Self.catalog.skills.values.sorted { $0.id < $1.id }.filter { $0.source.hasPrefix("002_4fe1513ffd1a44f3.txt: ") }
        let skill = try #require(cited.first)
        let heading = skill.source.dropFirst("002_4fe1513ffd1a44f3.txt: ".count)
        let run = world.run("info", skill.id)
        #expect(run.stdout.contains("\n  source    Machine Learning Engineer Career Guide — \(heading)\n"), "\(run)")
        #expect(!run.stdout.contains(".txt"))
        let page = try #require(try world.run("info", skill.id, "--json").json() as? [String: Any])
        #expect(page["source"] as? String == skill.source)
    }

    @Test func jsonHasEveryKey() throws {
        let world = try Self.learningNumPy()
        let page = try #require(try world.run("info", "python.numpy", "--json").json() as? [String: Any])
        for key in ["id", "title", "roadmaps", "stage", "area", "summary", "keywords", "hours", "resources", "requires", "unlocks",
                    "unlocksInAll", "status", "since", "notes", "evidence", "history"] {
            #expect(page.keys.contains(key), "\(key)")
        }
        #expect(page["id"] as? String == "python.numpy" && page["title"] as? String == "NumPy")
        #expect(page["hours"] as? Int == Self.numpy.hours)
        #expect(page["status"] as? String == "learning" && page["since"] as? String == "2026-11-22")
        #expect((page["stage"] as? [String: Any])?["title"] as? String == "Entry level (junior)")
        let roadmaps = try #require(page["roadmaps"] as? [[String: Any]])
        #expect(Set(roadmaps.compactMap { $0["id"] as? String }) == ["python", "ml-engineer"])
        let resources = try #require(page["resources"] as? [[String: Any]])
        #expect(resources.first?["url"] as? String == Self.numpy.resources.first?.url && resources.first?["kind"] is String)
        let requires = try #require(page["requires"] as? [[String: Any]])
        #expect(requires.first { $0["id"] as? String == "python.basics" }?["status"] as? String == "done")
        let unlocks = try #require(page["unlocks"] as? [[String: Any]])
        #expect(unlocks.contains { $0["id"] as? String == "python.pandas" && $0["status"] as? String == "todo" })
        #expect((page["unlocksInAll"] as? Int ?? 0) > unlocks.count, "pandas unlocks more in turn")
        #expect((page["notes"] as? [[String: Any]])?.first?["text"] as? String == "Cleaned the \u{1B}[31mtaxi data")
        #expect((page["evidence"] as? [[String: Any]])?.first?["title"] as? String == "Taxi EDA notebook")
        let history = try #require(page["history"] as? [[String: Any]])
        #expect(history.compactMap { $0["command"] as? String } == ["evidence", "note", "learning"], "newest first, numpy's only")
    }

    @Test func nothingRecordedShowsTodoAndCreatesNoDatabase() throws {
        let world = try InProcess()
        let run = world.run("info", "numpy")
        #expect(run.status == 0 && run.stdout.contains("  status    [ ] todo\n") && run.stdout.contains("History: nothing recorded yet"), "\(run)")
        let page = try #require(try world.run("info", "numpy", "--json").json() as? [String: Any])
        #expect(page["since"] is NSNull && (page["history"] as? [Any])?.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path))
    }

    @Test func anyNameOfTheSkillWorksAndAnUnknownOneSuggests() throws {
        let world = try InProcess()
        for (name, id) in [("python.numpy", "python.numpy"), ("numpy", "python.numpy"), ("python.nump", "python.numpy"),
                           ("built-in collections and comprehensions", "python.collections")] {
            let run = world.run("info", name, "--json")
            #expect(run.status == 0 && (try? run.json() as? [String: Any])?["id"] as? String == id, "\(name): \(run)")
        }
        let unknown = world.run("info", "pytorh")
        #expect(unknown.status != 0 && unknown.stdout.isEmpty)
        #expect(unknown.stderr == "roadmap: unknown skill 'pytorh'; did you mean 'frameworks.pytorch'?\n", "\(unknown)")
    }

    @Test func customRoadmapsAndFormerIDsCount() throws {
        let world = try InProcess()
        #expect(world.run("add", try world.write(Self.teamYAML, to: "team.yaml").path).status == 0)
        world.run("done", "team.notebooks")
        let numpy = try #require(try world.run("info", "numpy", "--json").json() as? [String: Any])
        #expect((numpy["roadmaps"] as? [[String: Any]])?.contains { $0["id"] as? String == "team" && $0["title"] as? String == "Team skills" } == true)
        #expect((numpy["unlocks"] as? [[String: Any]])?.contains { $0["id"] as? String == "team.notebooks" && $0["status"] as? String == "done" } == true)

        let renamed = Self.teamYAML.replacingOccurrences(of: "version: 1", with: "version: 2")
            .replacingOccurrences(of: "id: team.notebooks", with: "id: team.notebook-practice\n    aliases: [team.notebooks]")
        #expect(world.run("add", try world.write(renamed, to: "team2.yaml").path).status == 0)
        let run = world.run("info", "team.notebooks")
        #expect(run.status == 0 && run.stdout.hasPrefix("team.notebook-practice — Team notebooks\n"), "\(run)")
        #expect(run.stdout.contains("  hours     no estimate\n") && run.stdout.contains("  stage     entry — Entry\n"))
        #expect(run.stdout.contains("team.notebooks  todo → done") && run.stdout.contains("(now team.notebook-practice)"), "history under the former id")
        let page = try #require(try world.run("info", "team.notebooks", "--json").json() as? [String: Any])
        #expect(page["hours"] is NSNull && page["status"] as? String == "done" && page["aliases"] as? [String] == ["team.notebooks"])
    }

    @Test func at80ColumnsNoLineIsLongerAndNoWordIsBroken() throws {
        let world = try Self.learningNumPy()
        world.run("note", "numpy", String(repeating: "a longer note about vectorised arrays ", count: 4))
        let run = world.run("info", "numpy", columns: 80)
        #expect(run.status == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { String($0).columns <= 80 }, "\(lines.filter { String($0).columns > 80 })")
        #expect(lines.contains { $0.hasPrefix("  " + Self.numpy.summary.prefix(20)) } && !lines.contains { $0.contains(Self.numpy.summary) }, "the summary wraps")
        // Joined again at the line breaks, the summary and the note come back whole: every break was between words.
        let rejoined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(rejoined.contains(Self.numpy.summary))
        #expect(rejoined.contains(String(repeating: "a longer note about vectorised arrays ", count: 4).trimmingCharacters(in: .whitespaces)))
    }

    @Test func pipedOutputIsNeitherWrappedNorCut() throws {
        let run = try Self.learningNumPy().run("info", "numpy")
        #expect(run.stdout.contains("\n  " + Self.numpy.summary + "\n"))
        #expect(run.stdout.contains("  roadmaps  ml-engineer (Machine Learning Engineer), python (Python and Programming for Machine Learning)\n"))
    }

    @Test func everyWidthIsFitAndLinksStayWhole() throws {
        let world = try Self.learningNumPy()
        // mlops.foundations' first resource has a URL wider than 80 columns.
        let url = try #require(Self.catalog.skills["mlops.foundations"]?.resources.first?.url)
        #expect(url.count > 80)
        for width in stride(from: 20, through: 120, by: 5) {
            for arguments in [["info", "numpy"], ["info", "mlops.foundations"], ["info", "frameworks.gradient-boosting-libraries"]] {
                let run = world.run(arguments, columns: width)
                // Only a link wider than the whole line may run past it, alone on its line: a broken link cannot be clicked.
                let long = run.stdout.split(separator: "\n").filter { String($0).columns > width && !$0.hasPrefix("<http") }
                #expect(run.status == 0 && long.isEmpty, "\(arguments) at \(width): \(long)")
            }
        }
        let lines = world.run("info", "mlops.foundations", columns: 80).stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("<\(url)>"), "the link whole on one line")
    }
}
