import Foundation
import GRDB
import Testing

/// The four ways progress used to lie, as a user met them, and the corrections that replace them.
@Suite struct ExactUndoCommandTests {
    func skill(_ id: String, in roadmap: String, _ world: InProcess) throws -> [String: Any] {
        let show = try #require(try world.run("show", roadmap, "--json").json() as? [String: Any])
        return try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    @Test func undoKeepsTheDayOfTheMarkBefore() throws {
        let world = try InProcess()
        world.run("done", "python.pandas", "--on", "2026-03-01")
        world.run("learning", "python.pandas")
        let undo = world.run("undo")
        #expect(undo.stdout.contains("python.pandas: learning since 2026-11-22 → done since 2026-03-01"), "\(undo)")
        #expect(try skill("python.pandas", in: "python", world)["since"] as? String == "2026-03-01")
        let markdown = world.run("export", "python", "--date", "2026-11-22")
        #expect(markdown.stdout.contains("Pandas — done 2026-03-01"), "\(markdown)")
        let report = try #require(try world.run("report", "python", "--json").json() as? [String: Any])
        #expect((report["pace"] as? [String: Any])?["weeks"] as? [Int] == [0, 0, 0, 0, 0, 0, 0, 0], "no pace from a mark made in March")

        world.run("reset", "python.pandas")
        world.run("undo")
        #expect(try skill("python.pandas", in: "python", world)["since"] as? String == "2026-03-01")
    }

    @Test func aRenamedSkillKeepsItsMarkThroughLearningAndUndo() throws {
        let world = try InProcess()
        let v1 = try world.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.old")), to: "v1.yaml")
        world.run("add", v1.path)
        world.run("done", "team.old", "--on", "2026-04-02")
        let v2 = try world.write(CustomRoadmapTests.team(version: 2, skills: CustomRoadmapTests.skill("team.new", aliases: ["team.old"])), to: "v2.yaml")
        world.run("add", v2.path)
        let learning = world.run("learning", "team.new")
        #expect(learning.stdout.contains("(done → learning)"), "\(learning)")
        world.run("undo")
        let new = try skill("team.new", in: "team", world)
        #expect(new["status"] as? String == "done" && new["since"] as? String == "2026-04-02", "\(new)")
        #expect(world.run("done", "team.old").stdout.contains("team.new is already done; nothing recorded"))
        let history = try #require(try world.run("history", "--skill", "team.new", "--json").json() as? [[String: Any]])
        #expect(history.map { $0["skill"] as? String } == ["team.new", "team.new", "team.old"])
    }

    @Test func undoRevertsTheStartItFollowsAndSkipsNothingThatChangedNothing() throws {
        let world = try InProcess()
        world.run("done", "python.basics")
        world.run("start", "ml-engineer", "--target", "senior")
        world.run("learning", "python.numpy")
        let again = world.run("learning", "python.numpy")
        #expect(again.stdout == "python.numpy is already learning; nothing recorded\n", "\(again)")
        world.run("undo")
        let preview = world.run("undo", "--dry-run")
        #expect(preview.stdout.contains("undo would revert roadmap start ml-engineer --target senior"), "\(preview)")
        #expect(preview.stdout.contains("ml-engineer: target senior → not started"), "\(preview)")
        let undo = world.run("undo")
        #expect(undo.stdout.hasPrefix("undid roadmap start ml-engineer --target senior"), "\(undo)")
        #expect((try world.run("status", "--json").json() as? [Any])?.isEmpty == true)
        #expect(try skill("python.basics", in: "python", world)["status"] as? String == "done", "the older done stands")
        #expect(world.run("undo").stdout.contains("python.basics: done since 2026-11-22 → todo"))
        #expect(world.run("undo").stdout == "nothing to undo\n")
        let history = try #require(try world.run("history", "--json").json() as? [[String: Any]])
        #expect(history.first?["command"] as? String == "undo", "undo is itself in history")
        let start = try #require(history.first { $0["command"] as? String == "start" })
        #expect(start["kind"] as? String == "command" && start["skill"] is NSNull && start["undone"] as? Bool == true, "\(start)")
        let undoOfStart = try #require(history.first { ($0["reverts"] as? [String])?.contains("start") == true })
        #expect(undoOfStart["kind"] as? String == "command")
        let text = world.run("history").stdout
        #expect(text.contains("  start   ") && text.contains("ml-engineer --target senior") && text.contains("reverted roadmap start ml-engineer --target senior"), "\(text)")
    }

    /// Issue 24: what `undo` and `history` print of a command line can be pasted back into a shell.
    @Test func commandLinesAreQuotedAsAShellReadsThem() throws {
        let world = try InProcess()
        world.run("done", "matrix calculus", "--note", "3b1b + Deisenroth ch5")
        world.run("--no-pager", "start", "python", "--target", "mid level")
        world.run("start", "python", "--target", "senior")
        let history = world.run("history").stdout
        let starts = history.split(separator: "\n").filter { $0.contains("  start  ") }
        #expect(starts.map { $0.split(separator: "  ").last } == ["python --target senior", "python --target 'mid level'"], "\(history)")
        world.run("undo")
        world.run("undo")
        #expect(world.run("history").stdout.contains("reverted roadmap --no-pager start python --target 'mid level'\n"))
        let preview = world.run("undo", "--dry-run")
        #expect(preview.stdout.hasPrefix(
            "undo would revert roadmap done 'matrix calculus' --note '3b1b + Deisenroth ch5'  (recorded 2026-11-22 10:00)\n"), "\(preview)")
        let undo = world.run("undo", columns: 80)
        #expect(undo.stdout.hasPrefix("undid roadmap done 'matrix calculus' --note '3b1b + Deisenroth ch5'\n    (recorded 2026-11-22 10:00)\n"), "\(undo)")
    }

    @Test func aTargetChangeIsUndoneToTheTargetBefore() throws {
        let world = try InProcess()
        world.run("start", "ml-engineer", "--target", "mid", "--by", "2027-06-30")
        world.run("start", "ml-engineer", "--target", "senior")
        #expect(world.run("start", "ml-engineer", "--target", "senior").stdout.contains("already following ml-engineer: Machine Learning Engineer; nothing recorded"))
        world.run("undo")
        let status = try #require(try world.run("status", "--json").json() as? [[String: Any]])
        #expect(status.first?["targetStage"] as? String == "mid" && status.first?["targetDate"] as? String == "2027-06-30")
    }

    @Test func doneOnAnotherDayCorrectsTheDay() throws {
        let world = try InProcess()
        world.run("done", "numpy", "--on", "2026-03-01")
        let corrected = world.run("done", "numpy", "--on", "2026-03-05")
        #expect(corrected.stdout.contains("(done on 2026-03-05, corrected from 2026-03-01)"), "\(corrected)")
        #expect(try skill("python.numpy", in: "python", world)["since"] as? String == "2026-03-05")
        #expect(world.run("done", "numpy").stdout.contains("nothing recorded"))
        world.run("undo")
        #expect(try skill("python.numpy", in: "python", world)["since"] as? String == "2026-03-01")
        let text = world.run("history")
        #expect(text.stdout.contains("2026-11-22 10:00  done  python.numpy  todo → done  (dated 2026-03-01)"), "\(text)")
        // The correction and its undo keep the status: history says which days (issue 24), not "done → done".
        #expect(text.stdout.contains("  undo  python.numpy  done 2026-03-05 → done 2026-03-01\n"), "\(text)")
        #expect(text.stdout.contains("  done  python.numpy  done 2026-03-01 → done 2026-03-05  (dated 2026-03-05)  (undone)\n"), "\(text)")
        #expect(world.run("history", "--skill", "numpy").stdout == text.stdout)
        let json = try #require(try world.run("history", "--json").json() as? [[String: Any]])
        #expect(json.map { $0["sinceBefore"] as? String } == ["2026-03-05", "2026-03-01", nil], "\(json)")
        #expect(json.map { $0["sinceAfter"] as? String } == ["2026-03-01", "2026-03-05", nil])
    }

    @Test func notesAndEvidenceAreListedWithdrawnAndRestored() throws {
        let world = try InProcess()
        world.run("note", "numpy", "first")
        world.run("note", "numpy", "a typo")
        world.run("evidence", "numpy", "https://example.com/drills", "--title", "Drills")
        #expect(world.run("note", "numpy").stdout == "1. 2026-11-22 10:00  first\n2. 2026-11-22 10:00  a typo\n")
        #expect(world.run("evidence", "numpy").stdout == "1. 2026-11-22 10:00  Drills <https://example.com/drills>\n")
        #expect(world.run("note", "numpy", "--withdraw", "2").stdout == "withdrew note 2 on python.numpy: a typo\n")
        world.run("evidence", "numpy", "--withdraw", "1")
        var numpy = try skill("python.numpy", in: "python", world)
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["first"])
        #expect(numpy["evidence"] == nil)
        #expect(!world.run("export", "python").stdout.contains("a typo"))
        let history = try #require(try world.run("history", "--json").json() as? [[String: Any]])
        #expect(history.prefix(2).compactMap { $0["kind"] as? String } == ["evidence_withdrawn", "note_withdrawn"])
        #expect(world.run("undo").stdout.contains("1 evidence link restored"))
        #expect(world.run("undo").stdout.contains("1 note restored"))
        numpy = try skill("python.numpy", in: "python", world)
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["first", "a typo"])
    }

    @Test func undoingAnImportRemovesWhatItAdded() throws {
        let source = try InProcess()
        source.run("start", "python", "--target", "mid")
        source.run("done", "numpy", "pandas")
        let backup = source.home.appendingPathComponent("backup.json")
        source.run("export", "--format", "json", "--output", backup.path)

        let target = try InProcess()
        target.run("learning", "matplotlib")
        let before = target.run("show", "python", "--json").stdout
        #expect(target.run("import", backup.path).status == 0)
        let undo = target.run("undo")
        #expect(undo.stdout.contains("undid roadmap import \(backup.path)") && undo.stdout.contains("2 imported commands and 2 events removed"), "\(undo)")
        #expect(target.run("show", "python", "--json").stdout == before)
        #expect((try target.run("status", "--json").json() as? [Any])?.isEmpty == true)
    }

    @Test func addAndRemoveOfACustomRoadmapAreUndoneExactly() throws {
        let world = try InProcess()
        let v1 = try world.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a")), to: "v1.yaml")
        let v2 = try world.write(CustomRoadmapTests.team(version: 2, skills: CustomRoadmapTests.skill("team.a") + CustomRoadmapTests.skill("team.b")), to: "v2.yaml")
        world.run("add", v1.path)
        world.run("done", "team.a")
        world.run("add", v2.path)
        #expect(world.run("add", v2.path).stdout.contains("nothing recorded"))
        world.run("remove", "team")
        #expect(world.run("show", "team").status == 1)
        #expect(world.run("undo").stdout.contains("roadmap team: back to version 2"))
        #expect(try #require(try world.run("show", "team", "--json").json() as? [String: Any])["version"] as? Int == 2)
        #expect(world.run("undo").stdout.contains("roadmap team: back to version 1"))
        let list = try #require(try world.run("list", "--json").json() as? [[String: Any]])
        #expect(list.first { $0["id"] as? String == "team" }?["version"] as? Int == 1)
        world.run("undo")  // the done
        #expect(world.run("undo").stdout.contains("roadmap team: no longer added"))
        #expect(world.run("show", "team").status == 1)
    }

    @Test func anExplicitDatabaseInAMissingFolderIsRefused() throws {
        let world = try InProcess()
        let missing = world.home.appendingPathComponent("missing/dir/x.sqlite").path
        for (arguments, environment) in [(["done", "numpy", "--db", missing], [:]), (["done", "numpy"], ["ROADMAP_DB": missing]), (["status", "--db", missing], [:])] {
            let run = world.run(arguments, environment: environment)
            #expect(run.status == 1 && run.stderr == "roadmap: folder '\(world.home.path)/missing/dir' of the progress database '\(missing)' does not exist; create it or correct the path\n", "\(run)")
        }
        #expect(!FileManager.default.fileExists(atPath: world.home.appendingPathComponent("missing").path))
        let first = world.run("done", "numpy")
        #expect(first.stderr == "roadmap: created a new progress database at \(world.defaultDatabase.path)\n", "\(first)")
        #expect(world.run("done", "pandas").stderr.isEmpty)
    }

    @Test func badCorrectionsChangeNothing() throws {
        let world = try InProcess()
        world.run("done", "numpy")
        let before = try Data(contentsOf: world.defaultDatabase)
        for arguments in [["done", "numpy", "--on", "2026-12-01"], ["note", "numpy", "--withdraw", "1"], ["evidence", "numpy", "--withdraw", "3"]] {
            let run = world.run(arguments)
            #expect(run.status != 0 && run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run)")
        }
        #expect(try Data(contentsOf: world.defaultDatabase) == before)
    }
}
