import Foundation
import GRDB
import Testing

@Suite struct ProgressCommandTests {
    @Test func startMarkStatusHistoryUndo() throws {
        let sandbox = try InProcess()
        let start = sandbox.run("start", "ml-engineer", "--target", "senior", "--by", "2099-12-31")
        #expect(start.status == 0, "\(start)")
        #expect(start.stdout.contains("started ml-engineer"))
        #expect(start.stdout.contains("learn next:"))
        #expect(start.stdout.contains("python.basics"))

        let done = sandbox.run("done", "python.basics", "numpy", "--note", "finished the course")
        #expect(done.status == 0, "\(done)")
        #expect(done.stdout.contains("python.numpy") && done.stdout.contains("todo → done"))
        #expect(done.stdout.contains("note: python.numpy requires"), "open prerequisites are named")
        #expect(sandbox.run("learning", "Pandas").status == 0)
        #expect(sandbox.run("skip", "python.jupyter", "--reason", "not for me").status == 0)
        #expect(sandbox.run("done", "math.derivatives", "--on", "2026-01-10").status == 0)
        #expect(sandbox.run("reset", "math.derivatives").status == 0)

        let status = try #require(try sandbox.run("status", "--json").json() as? [[String: Any]])
        #expect(status.count == 1)
        let standing = status[0]
        #expect(standing["id"] as? String == "ml-engineer")
        #expect(standing["done"] as? Int == 2)
        #expect(standing["learning"] as? Int == 1)
        #expect(standing["skipped"] as? Int == 1)
        #expect(standing["targetStage"] as? String == "senior")
        #expect(standing["targetDate"] as? String == "2099-12-31")
        #expect((standing["inProgress"] as? [[String: Any]])?.first?["skill"] as? String == "python.pandas")
        let text = sandbox.run("status")
        #expect(text.stdout.contains("2/\(InProcess.builtinCountedSkillCount("ml-engineer") - 1) done") && text.stdout.contains("learning: python.pandas"), "\(text)")

        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(history.count == 7)
        #expect(history.last?["command"] as? String == "start" && history.last?["kind"] as? String == "command")
        for entry in history where entry["kind"] as? String != "command" { for key in ["at", "skill", "from", "to", "note"] { #expect(entry.keys.contains(key), "\(key)") } }
        #expect(history[0]["skill"] as? String == "math.derivatives")
        #expect(history[0]["from"] as? String == "done" && history[0]["to"] as? String == "todo")
        let backdated = try #require(history.first { $0["command"] as? String == "done" && $0["skill"] as? String == "math.derivatives" })
        #expect((backdated["at"] as? String)?.hasPrefix("2026-01-10") == true)
        let noted = try #require(history.first { $0["skill"] as? String == "python.numpy" })
        #expect(noted["note"] as? String == "finished the course")
        let onlyNumpy = try #require(try sandbox.run("history", "--skill", "numpy", "--json").json() as? [[String: Any]])
        #expect(onlyNumpy.count == 1)
        let since = try #require(try sandbox.run("history", "--since", "2026-02-01", "--json").json() as? [[String: Any]])
        #expect(!since.contains { ($0["at"] as? String)?.hasPrefix("2026-01-10") == true })

        let undo = sandbox.run("undo")
        #expect(undo.status == 0 && undo.stdout.contains("undid roadmap reset math.derivatives"), "\(undo)")
        #expect(undo.stdout.contains("math.derivatives: todo → done"))
        let undoAgain = sandbox.run("undo")
        #expect(undoAgain.stdout.contains("undid roadmap done math.derivatives --on 2026-01-10"), "\(undoAgain)")
        let afterUndo = try #require(try sandbox.run("status", "--json").json() as? [[String: Any]])
        #expect(afterUndo[0]["done"] as? Int == 2)
        let undoEntries = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(undoEntries.first?["command"] as? String == "undo")
    }

    @Test func undoRevertsEverySkillOfACommandTogether() throws {
        let sandbox = try InProcess()
        sandbox.run("done", "numpy", "pandas", "matplotlib")
        let undo = sandbox.run("undo")
        #expect(undo.stdout.split(separator: "\n").count == 4, "\(undo)")
        let show = try #require(try sandbox.run("show", "python", "--json").json() as? [String: Any])
        let statuses = (show["skills"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == "todo" })
        let nothing = sandbox.run("undo")
        #expect(nothing.status == 0 && nothing.stdout == "nothing to undo\n", "\(nothing)")
    }

    @Test func showCarriesStatusNoteAndEvidence() throws {
        let sandbox = try InProcess()
        sandbox.run("done", "numpy")
        sandbox.run("note", "numpy", "did", "100", "exercises")
        sandbox.run("evidence", "numpy", "https://github.com/me/numpy-drills", "--title", "Drills")
        let detail = try #require(try sandbox.run("show", "python", "--json").json() as? [String: Any])
        let numpy = try #require((detail["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "python.numpy" })
        #expect(numpy["status"] as? String == "done")
        #expect(numpy["note"] as? String == "did 100 exercises")
        let evidence = try #require(numpy["evidence"] as? [[String: Any]])
        #expect(evidence.first?["url"] as? String == "https://github.com/me/numpy-drills")
        #expect(evidence.first?["title"] as? String == "Drills")
        let text = sandbox.run("show", "python")
        #expect(text.stdout.contains("[x] python.numpy"))
        #expect(text.stdout.contains("note: did 100 exercises"))
        #expect(text.stdout.contains("evidence: Drills <https://github.com/me/numpy-drills>"))
    }

    @Test func twentyParallelProcessesAreAllRecorded() throws {
        let sandbox = try Sandbox()
        let catalog = try #require(try sandbox.run("show", "ml-engineer", "--json").json() as? [String: Any])
        let ids = (catalog["skills"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.prefix(20)
        #expect(ids.count == 20)
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let run = try? sandbox.run(["done", Array(ids)[index]])
            if run?.status != 0 { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 0)
        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(Set(history.compactMap { $0["skill"] as? String }) == Set(ids))
        #expect(history.count == 20)
    }

    @Test func databaseIsPrivateAndFollowsTheConventions() throws {
        let sandbox = try InProcess()
        sandbox.run("done", "numpy")
        let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.defaultDatabase.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: sandbox.defaultDatabase.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)

        let xdg = sandbox.home.appendingPathComponent("xdg")
        sandbox.run(["done", "pandas"], environment: ["XDG_DATA_HOME": xdg.path])
        #expect(FileManager.default.fileExists(atPath: xdg.appendingPathComponent("roadmap/progress.sqlite").path))
        let env = sandbox.home.appendingPathComponent("env.sqlite")
        sandbox.run(["done", "pandas"], environment: ["ROADMAP_DB": env.path, "XDG_DATA_HOME": xdg.path])
        #expect(FileManager.default.fileExists(atPath: env.path))
        let option = sandbox.home.appendingPathComponent("option.sqlite")
        sandbox.run(["done", "pandas", "--db", option.path], environment: ["ROADMAP_DB": env.path])
        #expect(FileManager.default.fileExists(atPath: option.path))
        // A relative XDG_DATA_HOME is ignored: the default under HOME is used.
        let relative = sandbox.run(["history", "--json"], environment: ["XDG_DATA_HOME": "relative/dir"])
        #expect((try relative.json() as? [[String: Any]])?.count == 1)
    }

    @Test func readCommandsDoNotCreateTheDatabase() throws {
        let sandbox = try InProcess()
        for arguments in [["status"], ["history"], ["show", "python"], ["status", "--json"]] {
            #expect(sandbox.run(arguments).status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultDatabase.path))
    }

    @Test func newerSchemaIsRefusedUntouched() throws {
        let sandbox = try InProcess()
        sandbox.run("done", "numpy")
        let queue = try DatabaseQueue(path: sandbox.defaultDatabase.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_future')") }
        try queue.close()
        let before = try Data(contentsOf: sandbox.defaultDatabase)
        for arguments in [["done", "pandas"], ["status"], ["history"]] {
            let run = sandbox.run(arguments)
            #expect(run.failedWithOneLine && run.stderr.contains("newer roadmap"), "\(run)")
        }
        #expect(try Data(contentsOf: sandbox.defaultDatabase) == before)
    }
}

/// A lock-protected value for counting across threads.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
