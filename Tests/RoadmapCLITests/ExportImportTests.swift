import Foundation
import GRDB
import RoadmapCore
import Testing

@Suite struct ExportImportTests {
    /// A history with every kind of record: marks, a back-dated mark, notes, evidence, an undo, targets, a custom roadmap.
    static func populated() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.run("start", "ml-engineer", "--target", "mid", "--by", "2099-06-30")
        try sandbox.run("done", "python.basics", "numpy", "--on", "2026-03-01", "--note", "course | done")
        try sandbox.run("learning", "pandas")
        try sandbox.run("note", "numpy", "<b>bold</b> claim")
        try sandbox.run("evidence", "numpy", "https://github.com/me/drills", "--title", "Drills")
        try sandbox.run("done", "math.derivatives")
        try sandbox.run("undo")
        try sandbox.run("add", try sandbox.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a")), to: "team.yaml").path)
        try sandbox.run("done", "team.a")
        return sandbox
    }

    /// `--output` naming a device or a pipe writes into it, as a shell's `>` would, without `--force`: renamed over,
    /// `/dev/null` became a regular file holding the backup (run as root, as in a container).
    @Test func aDeviceOrAPipeIsWrittenIntoNotReplaced() throws {
        let source = try Self.populated()
        let whole = try source.run("export", "--format", "json", "--date", "2026-11-22").stdout
        for format in ["json", "markdown"] {
            let toNull = try source.run("export", "--format", format, "--output", "/dev/null")
            #expect(toNull.status == 0 && toNull.stderr.hasPrefix("wrote /dev/null ("), "\(toNull)")
            #expect(Self.fileType("/dev/null") == S_IFCHR, "/dev/null is still the device")
        }
        let pipe = source.home.appendingPathComponent("backup.pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let received = Mutex(Data())
        let done = DispatchSemaphore(value: 0)
        // The reader opens the pipe, waiting for the writer, and reads to its end.
        Thread.detachNewThread {
            if let reader = FileHandle(forReadingAtPath: pipe) { received.withLock { $0 = reader.readDataToEndOfFile() } }
            done.signal()
        }
        let toPipe = try source.run("export", "--format", "json", "--output", pipe, "--date", "2026-11-22")
        #expect(toPipe.status == 0, "\(toPipe)")
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(String(decoding: received.withLock { $0 }, as: UTF8.self) == whole)
        #expect(Self.fileType(pipe) == S_IFIFO, "the pipe is still a pipe")
    }

    static func fileType(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func exportImportExportIsIdentical() throws {
        let source = try Self.populated()
        let backup = source.home.appendingPathComponent("backup.json")
        let export = try source.run("export", "--format", "json", "--output", backup.path, "--date", "2026-11-22")
        #expect(export.status == 0, "\(export)")
        let attributes = try FileManager.default.attributesOfItem(atPath: backup.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600, "a backup is private")

        let target = try Sandbox()
        let first = try target.run("import", backup.path)
        #expect(first.status == 0 && first.stdout.contains("imported 8 events"), "\(first)")
        let again = try target.run("import", backup.path)
        #expect(again.status == 0 && again.stdout.contains("nothing recorded"), "importing twice adds nothing: \(again)")
        let reexport = try target.run("export", "--format", "json", "--date", "2026-11-22")
        #expect(reexport.stdout == (try String(contentsOf: backup, encoding: .utf8)))

        let status = try #require(try target.run("status", "--json").json() as? [[String: Any]])
        #expect(status.map { $0["id"] as? String } == ["ml-engineer"])
        #expect(status[0]["done"] as? Int == 2 && status[0]["targetStage"] as? String == "mid")
        #expect(try target.run("show", "team").stdout.contains("[x] team.a"), "custom roadmaps travel with the backup")
    }

    /// Into a database already there, a backup is read as it is written and its custom roadmap parsed and compiled on
    /// a thread of their own: what is stored is the compiled form of the roadmap's own YAML, and it shows as it did.
    @Test func aCustomRoadmapImportedIntoADatabaseIsStoredCompiledFromItsYAML() throws {
        let source = try Self.populated()
        let backup = source.home.appendingPathComponent("backup.json")
        #expect(try source.run("export", "--format", "json", "--output", backup.path).status == 0)
        let target = try Sandbox()
        try target.run("done", "python.basics")
        let run = try target.run("import", backup.path)
        #expect(run.status == 0 && run.stdout.contains("1 custom roadmap"), "\(run)")
        let stored = try DatabaseQueue(path: target.defaultDatabase.path).read { db in
            try #require(try Row.fetchOne(db, sql: "SELECT source, compiled, file_name FROM custom_roadmap WHERE id = 'team'"))
        }
        let document = try #require(RoadmapParser.parse(stored["source"], file: stored["file_name"]).document)
        #expect(stored["compiled"] as String == CompiledRoadmap.encode(document))
        #expect(try target.run("show", "team").stdout == source.run("show", "team").stdout)
    }

    @Test func markdownExportIsStableAndEscaped() throws {
        let sandbox = try Self.populated()
        let first = try sandbox.run("export", "ml-engineer", "--date", "2026-11-22")
        let second = try sandbox.run("export", "ml-engineer", "--date", "2026-11-22")
        #expect(first.status == 0 && first.stdout == second.stdout)
        let text = first.stdout
        #expect(text.contains("), exported 2026-11-22."))
        #expect(text.contains("| Stage | Done | Total | Percent |"))
        #expect(text.contains("- [x] NumPy — done 2026-03-01"))
        #expect(text.contains("  - Note: course \\| done"))
        #expect(text.contains("  - Note: &lt;b&gt;bold&lt;/b&gt; claim"))
        #expect(text.contains("  - Evidence: [Drills](https://github.com/me/drills)"))
        #expect(text.contains("```mermaid\nflowchart LR"))
        #expect(text.contains("\n## Next steps\n"))
        #expect(text.contains("\n## Pace and activity\n"))
        #expect(!text.contains("<b>"))

        let file = sandbox.home.appendingPathComponent("progress.md")
        #expect(try sandbox.run("export", "--output", file.path).status == 0)
        let refused = try sandbox.run("export", "--output", file.path)
        #expect(refused.failedWithOneLine && refused.stderr.contains("add --force"), "\(refused)")
        #expect(try sandbox.run("export", "--output", file.path, "--force").status == 0)
    }

    @Test func badBackupsAreRefusedWithTheDatabaseUnchanged() throws {
        let source = try Self.populated()
        let good = try #require(try source.run("export", "--format", "json").stdout.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: good) as? [String: Any])
        func variant(_ key: String, _ value: Any) throws -> Data {
            var copy = object
            copy[key] = value
            return try JSONSerialization.data(withJSONObject: copy)
        }
        func eventVariant(_ key: String, _ value: Any) throws -> Data {
            var events = object["events"] as! [[String: Any]]
            events[0][key] = value
            return try variant("events", events)
        }
        let cases: [(String, Data, String)] = [
            ("truncated", good.prefix(good.count / 2), "looks truncated"),
            ("not-json", Data("hello".utf8), "not valid JSON"),
            ("not-backup", Data("{\"x\": 1}".utf8), "not a roadmap backup"),
            ("future-format", try variant("formatVersion", 9), "format version 9"),
            ("future-schema", try variant("schemaVersion", "999_future"), "newer roadmap"),
            ("dangling", try eventVariant("command", "nope"), "unknown command 'nope'"),
            ("bad-status", try eventVariant("to", "finished"), "unknown status 'finished'"),
            ("bad-time", try eventVariant("at", "yesterday"), "invalid time 'yesterday' at events[0].at"),
            ("bad-skill", try eventVariant("skill", ""), "invalid skill id '' at events[0].skill"),
            // Out of range, each refused where the store would refuse to read it back.
            ("hour-25", try eventVariant("at", "2026-12-06T25:00:00.000Z"), "at events[0].at: hour 25 is not 00–23"),
            ("minute-99", try eventVariant("at", "2026-12-06T10:99:00.000Z"), "at events[0].at: minute 99 is not 00–59"),
            ("february-30", try eventVariant("at", "2026-02-30T10:00:00.000Z"), "at events[0].at: 2026-02 has no day 30"),
            ("dated-february-30", try eventVariant("at", "2026-02-30"), "at events[0].at: not a day of the calendar"),
            ("month-13", try eventVariant("at", "2026-13-01T10:00:00.000Z"), "at events[0].at: month 13 is not 01–12"),
            ("year-99999", try eventVariant("at", "99999-01-01T10:00:00.000Z"), "at events[0].at: is not written 2026-01-10T09:30:00.000Z"),
            ("no-zone", try eventVariant("at", "2026-12-06T10:00:00.000"), "at events[0].at: has no time zone"),
            ("no-zone-offset", try eventVariant("at", "2026-12-06T10:00:00+01:00"), "at events[0].at: has no time zone"),
        ]
        let target = try Sandbox()
        try target.run("done", "python.basics")
        let before = try Data(contentsOf: target.defaultDatabase)
        for (name, data, expected) in cases {
            let file = target.home.appendingPathComponent("\(name).json")
            try data.write(to: file)
            let run = try target.run("import", file.path)
            #expect(run.failedWithOneLine, "\(name): \(run)")
            #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
            #expect(try Data(contentsOf: target.defaultDatabase) == before, "\(name) changed the database")
        }
        let fresh = try Sandbox()
        let file = fresh.home.appendingPathComponent("t.json")
        try good.prefix(100).write(to: file)
        #expect(try fresh.run("import", file.path).failedWithOneLine)
        #expect(!FileManager.default.fileExists(atPath: fresh.defaultDatabase.path), "a refused import creates no database")
    }

    /// Issue 25's reproduction: one event's `at` out of range was imported, and from then on `history` called the
    /// whole database damaged. Now the file is refused, naming the file, the field and what is wrong.
    @Test func anEventAtHour25IsRefusedNotImported() throws {
        let source = try Self.populated()
        let good = try #require(try source.run("export", "--format", "json").stdout.data(using: .utf8))
        var object = try #require(try JSONSerialization.jsonObject(with: good) as? [String: Any])
        var events = try #require(object["events"] as? [[String: Any]])
        let index = events.count - 1
        events[index]["at"] = "2026-12-06T25:99:38.968Z"
        object["events"] = events
        let target = try Sandbox()
        let file = target.home.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let run = try target.run("import", file.path)
        #expect(run.failedWithOneLine, "\(run)")
        #expect(run.stderr == "roadmap: '\(file.path)' has an invalid time '2026-12-06T25:99:38.968Z' at events[\(index)].at: hour 25 is not 00–23; nothing was imported\n", "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.defaultDatabase.path), "a refused import creates no database")
        #expect(try target.run("history").status == 0)
    }

    @Test func twoProcessesImportingTheSameFileImportItOnce() throws {
        let source = try Self.populated()
        let backup = source.home.appendingPathComponent("backup.json")
        try source.run("export", "--format", "json", "--output", backup.path)
        let target = try Sandbox()
        let results = Mutex<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let run = try? target.run("import", backup.path)
            results.withLock { $0.append(run?.status ?? -1) }
        }
        #expect(results.withLock { $0 } == [0, 0])
        let history = try #require(try target.run("history", "--json").json() as? [[String: Any]])
        #expect(history.filter { $0["kind"] as? String != "command" }.count == 8)
        #expect(history.filter { $0["command"] as? String == "import" }.count == 1, "the second import found nothing new and recorded nothing")
    }
}
