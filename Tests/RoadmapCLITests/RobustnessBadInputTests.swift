import Foundation
import GRDB
import Testing

/// Bad input of every kind: a non-zero exit, one line on stderr naming the problem, no trap, and the
/// database bytes unchanged. Each case runs against a database holding a little real progress.
@Suite struct RobustnessBadInputTests {
    enum Input: Sendable {
        /// Command-line arguments alone.
        case arguments([String])
        /// A file written into the sandbox, then the arguments with `FILE` replaced by its path.
        case file(name: String, contents: String, arguments: [String])
    }

    static let validTeam = CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a"))

    static let cases: [(name: String, input: Input, expected: String)] = [
        // Command-line arguments.
        ("unknown subcommand", .arguments(["lsit"]), "unknown command 'lsit'; did you mean 'lint' or 'list'?"),
        ("unknown flag", .arguments(["status", "--jsno"]), "unknown option '--jsno'"),
        ("missing skill for note", .arguments(["note"]), "missing expected argument"),
        ("withdrawing evidence that is not there", .arguments(["evidence", "numpy", "--withdraw", "1"]), "has no evidence 1"),
        ("limit not a number", .arguments(["next", "--limit", "many"]), "many"),
        ("limit zero", .arguments(["next", "--limit", "0"]), "--limit must be 1 or more, not 0"),
        ("negative history limit", .arguments(["history", "--limit", "-5"]), "history"),
        ("calendar with json", .arguments(["history", "--calendar", "--json"]), "do not go together"),
        ("unknown export format", .arguments(["export", "--format", "pdf"]), "pdf"),
        ("json export of one roadmap", .arguments(["export", "python", "--format", "json"]), "whole database"),
        ("export date invalid", .arguments(["export", "--date", "2026-02-30"]), "invalid date '2026-02-30'"),
        ("report stage without roadmap", .arguments(["report", "--stage", "mid"]), "--stage needs a ROADMAP"),
        ("report unknown stage", .arguments(["report", "python", "--stage", "guru"]), "unknown stage 'guru'"),
        ("next unknown roadmap", .arguments(["next", "pythno"]), "did you mean 'python'?"),
        ("skip unknown skill", .arguments(["skip", "numpy", "zzz-unknown-zzz"]), "unknown skill 'zzz-unknown-zzz'"),
        ("reset ambiguous", .arguments(["reset", "python"]), "'python' matches"),
        ("start by malformed", .arguments(["start", "python", "--by", "31/12/2027"]), "invalid date '31/12/2027'"),
        ("done on feb 30", .arguments(["done", "numpy", "--on", "2026-02-30"]), "invalid date '2026-02-30'"),
        ("evidence mailto", .arguments(["evidence", "numpy", "mailto:me@example.org"]), "not an http(s) URL"),
        ("evidence no host", .arguments(["evidence", "numpy", "https://"]), "not an http(s) URL"),
        ("evidence with spaces", .arguments(["evidence", "numpy", "https://example.org/a b"]), "not an http(s) URL"),
        ("remove unknown", .arguments(["remove", "nothing-here"]), "unknown roadmap 'nothing-here'"),
        ("fork to bad id", .arguments(["fork", "python", "--id", "Bad.Id"]), "must be lower-case"),
        ("fork to existing id", .arguments(["fork", "python", "--id", "math"]), "already exists"),
        ("changes unknown roadmap", .arguments(["changes", "nope"]), "unknown roadmap 'nope'"),
        ("import missing file", .arguments(["import", "missing.json"]), "no such file"),
        ("add missing file", .arguments(["add", "missing.yaml"]), "no such file"),
        ("add a directory", .arguments(["add", "."]), "is a directory"),
        // Roadmap YAML.
        ("yaml syntax", .file(name: "syntax.yaml", contents: "id: team\ntitle: [unclosed\n", arguments: ["add", "FILE"]), "not added"),
        ("yaml empty", .file(name: "empty.yaml", contents: "", arguments: ["add", "FILE"]), "is empty; add takes a roadmap YAML file"),
        ("yaml list at top", .file(name: "list.yaml", contents: "- a\n- b\n", arguments: ["add", "FILE"]), "not added"),
        ("yaml no version", .file(name: "noversion.yaml", contents: validTeam.replacingOccurrences(of: "version: 1\n", with: ""), arguments: ["add", "FILE"]), "not added"),
        ("yaml bad skill id", .file(name: "badid.yaml", contents: validTeam.replacingOccurrences(of: "id: team.a", with: "id: TeamA"), arguments: ["add", "FILE"]), "not added"),
        ("yaml unknown include", .file(name: "include.yaml", contents: validTeam.replacingOccurrences(of: "include: [python.numpy]", with: "include: [python.nmupy]"), arguments: ["add", "FILE"]), "not added"),
        ("yaml alias reuses id", .file(name: "alias.yaml", contents: validTeam.replacingOccurrences(of: "    stage: entry\n", with: "    stage: entry\n    aliases: [python.numpy]\n"), arguments: ["add", "FILE"]), "not added"),
        ("yaml not utf8", .file(name: "latin1.yaml", contents: "", arguments: ["add", "FILE"]), "not UTF-8"),
        // JSON import files.
        ("json array", .file(name: "array.json", contents: "[]", arguments: ["import", "FILE"]), "not a roadmap backup"),
        ("json empty", .file(name: "empty.json", contents: "", arguments: ["import", "FILE"]), "is empty; import takes a file written by"),
        ("json wrong format", .file(name: "format.json", contents: #"{"format": "other", "formatVersion": 1}"#, arguments: ["import", "FILE"]), "not a roadmap backup"),
        ("json missing keys", .file(name: "keys.json", contents: #"{"format": "roadmap-backup", "formatVersion": 1, "schemaVersion": "001_progress"}"#, arguments: ["import", "FILE"]), "misses"),
        ("json wrong types", .file(name: "types.json", contents: #"{"format": "roadmap-backup", "formatVersion": 1, "schemaVersion": "001_progress", "exportedAt": "x", "enrolments": 5, "roadmaps": [], "commands": [], "events": []}"#, arguments: ["import", "FILE"]), "wrong type"),
        ("json bad enrolment date", .file(name: "enrol.json", contents: #"{"format": "roadmap-backup", "formatVersion": 1, "schemaVersion": "001_progress", "exportedAt": "2026-01-01T00:00:00.000Z", "enrolments": [{"roadmap": "python", "startedAt": "2026-01-01T00:00:00.000Z", "targetStage": null, "targetDate": "2026-13-01", "updatedAt": "2026-01-01T00:00:00.000Z"}], "roadmaps": [], "commands": [], "events": []}"#, arguments: ["import", "FILE"]), "invalid target date"),
        ("json duplicate command", .file(name: "dup.json", contents: #"{"format": "roadmap-backup", "formatVersion": 1, "schemaVersion": "001_progress", "exportedAt": "2026-01-01T00:00:00.000Z", "enrolments": [], "roadmaps": [], "commands": [{"uuid": "a", "recordedAt": "2026-01-01T00:00:00.000Z", "name": "done", "arguments": [], "undoes": null, "undoneBy": null}, {"uuid": "a", "recordedAt": "2026-01-01T00:00:00.000Z", "name": "done", "arguments": [], "undoes": null, "undoneBy": null}], "events": []}"#, arguments: ["import", "FILE"]), "repeated command uuid"),
        ("json broken custom roadmap", .file(name: "custom.json", contents: #"{"format": "roadmap-backup", "formatVersion": 1, "schemaVersion": "002_custom_roadmaps", "exportedAt": "2026-01-01T00:00:00.000Z", "enrolments": [], "roadmaps": [{"id": "x", "version": 1, "fileName": "x.yaml", "source": "id: x\n", "addedAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}], "commands": [], "events": []}"#, arguments: ["import", "FILE"]), "does not load"),
    ]

    @Test(arguments: cases.indices)
    func refusedWithNothingChanged(_ index: Int) throws {
        let (name, input, expected) = Self.cases[index]
        let sandbox = try Sandbox()
        try sandbox.run("start", "python")
        try sandbox.run("done", "python.basics")
        let before = try Data(contentsOf: sandbox.defaultDatabase)
        let run: RoadmapRun
        switch input {
        case let .arguments(arguments):
            run = try sandbox.run(arguments)
        case let .file(fileName, contents, arguments):
            let url = sandbox.home.appendingPathComponent(fileName)
            if fileName == "latin1.yaml" {
                try Data([0x69, 0x64, 0x3A, 0x20, 0xE9, 0xE8, 0x0A]).write(to: url)
            } else {
                try contents.write(to: url, atomically: true, encoding: .utf8)
            }
            run = try sandbox.run(arguments.map { $0 == "FILE" ? url.path : $0 })
        }
        #expect(run.status != 0, "\(name): \(run)")
        let lines = run.stderr.split(separator: "\n")
        // `add` lists the findings before its one line of refusal.
        #expect(lines.last?.hasPrefix("roadmap: ") == true, "\(name): \(run.stderr)")
        #expect(lines.count == 1 || lines.dropLast().allSatisfy { $0.contains(": error: ") || $0.contains(": warning: ") }, "\(name): \(run.stderr)")
        #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
        for trap in ["Fatal error", "Stack dump", "Illegal instruction", "Segmentation"] { #expect(!run.stderr.contains(trap), "\(name)") }
        #expect(try Data(contentsOf: sandbox.defaultDatabase) == before, "\(name) changed the database")
    }
}

/// Database files that are not usable: refused in one line, never overwritten.
@Suite struct RobustnessDatabaseFileTests {
    static func prepared(_ sandbox: Sandbox) throws -> URL {
        let url = sandbox.home.appendingPathComponent("real.sqlite")
        try sandbox.run(["done", "numpy", "--db", url.path])
        try sandbox.run(["note", "numpy", "kept", "--db", url.path])
        return url
    }

    static let damages: [(name: String, damage: @Sendable (URL, Sandbox) throws -> Void, expected: String)] = [
        ("not sqlite", { url, _ in try Data(String(repeating: "plain text, not a database\n", count: 60).utf8).write(to: url) }, "not a roadmap database"),
        ("random bytes", { url, _ in try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: url) }, "not a roadmap database"),
        ("corrupt page", { url, _ in
            var bytes = try Data(contentsOf: url)
            for offset in stride(from: 4096, to: min(bytes.count, 12_288), by: 1) { bytes[offset] = 0xA5 }
            try bytes.write(to: url)
        }, "'"),
        ("truncated", { url, _ in
            let bytes = try Data(contentsOf: url)
            try bytes.prefix(bytes.count / 2 + 100).write(to: url)
        }, "'"),
        ("foreign sqlite", { url, _ in
            try FileManager.default.removeItem(at: url)
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)") }
            try queue.close()
        }, "not a roadmap database"),
        ("newer schema", { url, _ in
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')") }
            try queue.close()
        }, "newer roadmap"),
        ("a directory", { url, _ in
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }, "'"),
    ]

    @Test(arguments: damages.indices)
    func damagedDatabaseIsRefusedUntouched(_ index: Int) throws {
        let (name, damage, expected) = Self.damages[index]
        let sandbox = try Sandbox()
        let url = try Self.prepared(sandbox)
        try damage(url, sandbox)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), "\(name): nothing at \(url.path)")
        let before = isDirectory.boolValue ? nil : try Data(contentsOf: url)
        for arguments in [["done", "pandas"], ["status"], ["history"], ["export", "--format", "json"], ["undo"]] {
            let run = try sandbox.run(arguments + ["--db", url.path])
            #expect(run.failedWithOneLine, "\(name) \(arguments): \(run)")
            #expect(run.stderr.contains(expected), "\(name) \(arguments): \(run.stderr)")
            if let before { #expect(try Data(contentsOf: url) == before, "\(name) \(arguments) changed the file") }
        }
    }

    @Test func emptyFileCountsAsNew() throws {
        let sandbox = try Sandbox()
        let url = sandbox.home.appendingPathComponent("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
        #expect(try sandbox.run(["status", "--db", url.path]).status == 0)
        #expect(try sandbox.run(["done", "numpy", "--db", url.path]).status == 0)
        #expect(try sandbox.run(["history", "--json", "--db", url.path]).stdout.contains("python.numpy"))
    }

    @Test func readOnlyFileIsReadButNotWritten() throws {
        guard getuid() != 0 else { return }  // root ignores file modes; the /proc case below covers read-only places for root
        let sandbox = try Sandbox()
        let url = try Self.prepared(sandbox)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: url.path)
        let before = try Data(contentsOf: url)
        #expect(try sandbox.run(["status", "--db", url.path]).status == 0)
        let write = try sandbox.run(["done", "pandas", "--db", url.path])
        #expect(write.failedWithOneLine && write.stderr.contains("read-only"), "\(write)")
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func unwritablePlacesAreOneLine() throws {
        let sandbox = try Sandbox()
        for path in ["/proc/roadmap/progress.sqlite", "/dev/null/progress.sqlite", "/sys/roadmap.sqlite"] {
            let run = try sandbox.run(["done", "numpy", "--db", path])
            #expect(run.failedWithOneLine, "\(path): \(run)")
        }
    }
}
