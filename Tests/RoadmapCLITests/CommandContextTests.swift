import Foundation
import GRDB
import Testing

/// What a command takes from its context rather than from the process: the clock, the time zone, the output.
@Suite struct CommandContextTests {
    @Test func theClockIsInjected() throws {
        let sandbox = try InProcess()
        let done = sandbox.run("done", "numpy")
        #expect(done.status == 0, "\(done)")
        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history.first?["recordedAt"] as? String == "2026-11-22T10:00:00Z")
        #expect(history.first?["at"] as? String == "2026-11-22T10:00:00Z")
        let report = try #require(try sandbox.run("report", "python", "--json").json() as? [String: Any])
        #expect(report["date"] as? String == "2026-11-22")
        let tomorrow = sandbox.run("done", "pandas", "--on", "2026-11-23")
        #expect(tomorrow.status == 1 && tomorrow.stderr == "roadmap: --on 2026-11-23 is in the future (today is 2026-11-22); give a date up to today\n", "\(tomorrow)")
    }

    @Test func theTimeZoneDecidesToday() throws {
        // 10:00 UTC is already midnight past in Kiritimati (UTC+14).
        let sandbox = try InProcess(timeZone: try #require(TimeZone(identifier: "Pacific/Kiritimati")))
        let report = try #require(try sandbox.run("report", "python", "--json").json() as? [String: Any])
        #expect(report["date"] as? String == "2026-11-23")
        let done = sandbox.run("done", "pandas", "--on", "2026-11-23")
        #expect(done.status == 0, "\(done)")
    }

    @Test func theChangeNoticeIsToldOnceThroughTheSink() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python")
        try Self.pretendAnOlderReleaseOfPython(sandbox.defaultDatabase)
        // 'changes' records what it finds before listing it, and the runner tells after it: still one notice.
        let changes = sandbox.run("changes", "--json")
        #expect(changes.status == 0, "\(changes)")
        #expect(changes.stderr == "roadmap 'python' changed: 1 skill added, 1 retired; your progress is kept; see 'roadmap changes'\n", "\(changes)")
        let entries = try #require(try changes.json() as? [[String: Any]])
        #expect(entries.first?["detectedAt"] as? String == "2026-11-22T10:00:00Z")
        #expect(sandbox.run("status").stderr.isEmpty)
    }

    @Test func lintNeverOpensTheDatabase() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python")
        try Self.pretendAnOlderReleaseOfPython(sandbox.defaultDatabase)
        let file = try sandbox.write("id: x\n", to: "x.yaml")
        let lint = sandbox.run("lint", file.path)
        #expect(lint.status == 1 && !lint.stderr.contains("changed"), "\(lint)")
        #expect(sandbox.run("status").stderr.contains("roadmap 'python' changed"))
    }

    @Test func inProcessRunsMatchTheBinary() throws {
        let inProcess = try InProcess(), binary = try Sandbox()
        // Nothing here depends on the clock, so both must agree byte for byte.
        for arguments in [["list"], ["show", "python", "--json"], ["show", "mlop"], ["list", "--jsn"], ["frobnicate"], ["lint"], ["status", "--db", ""]] {
            let (expected, actual) = (try binary.run(arguments), inProcess.run(arguments))
            #expect(actual.status == expected.status && actual.stdout == expected.stdout && actual.stderr == expected.stderr,
                    "\(arguments)\nbinary: \(expected)\nin-process: \(actual)")
        }
    }

    /// Makes the stored snapshot of python look like an older release: one skill fewer, one since retired.
    static func pretendAnOlderReleaseOfPython(_ database: URL) throws {
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            let skills = try #require(try String.fetchOne(db, sql: "SELECT skills FROM roadmap_snapshot WHERE roadmap = 'python'"))
            var decoded = try #require(try JSONSerialization.jsonObject(with: Data(skills.utf8)) as? [String: Any])
            decoded["python.numpy"] = nil
            decoded["python.old-skill"] = ["title": "Old", "stage": "entry", "aliases": [String]()]
            let encoded = String(decoding: try JSONSerialization.data(withJSONObject: decoded), as: UTF8.self)
            try db.execute(sql: "UPDATE roadmap_snapshot SET content_key = 'python@0', skills = ? WHERE roadmap = 'python'", arguments: [encoded])
        }
        try queue.close()
    }
}
