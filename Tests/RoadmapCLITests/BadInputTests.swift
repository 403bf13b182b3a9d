import Foundation
import Testing

/// Every bad input is one line on stderr, a non-zero exit, and the database byte-identical.
@Suite struct BadInputTests {
    static let cases: [(arguments: [String], expected: String)] = [
        (["done", "pytorh"], "unknown skill 'pytorh'; did you mean 'frameworks.pytorch'?"),
        (["done", "numpy", "nothing-like-this-at-all"], "unknown skill 'nothing-like-this-at-all'"),
        (["done", "python"], "'python' matches"),
        (["learning", "kubernetes-nope-x"], "unknown skill"),
        (["start", "ml-engeneer"], "unknown roadmap 'ml-engeneer'; did you mean 'ml-engineer'?"),
        (["start", "python", "--target", "seniour"], "unknown stage 'seniour'"),
        (["start", "python", "--by", "2026-13-01"], "invalid date '2026-13-01' for --by"),
        (["start", "python", "--by", "2001-01-01"], "in the past"),
        (["done", "numpy", "--on", "2026-13-01"], "invalid date '2026-13-01' for --on"),
        (["done", "numpy", "--on", "tomorrow"], "invalid date 'tomorrow' for --on"),
        (["done", "numpy", "--on", "2999-01-01"], "--on 2999-01-01 is in the future"),
        (["done", "numpy", "--note", "  "], "empty note"),
        (["note", "numpy", ""], "empty note"),
        (["note", "numpy", "--withdraw", "1"], "python.numpy has no note 1; it has none"),
        (["note", "numpy", "text", "--withdraw", "1"], "either a note or --withdraw N"),
        (["evidence", "numpy", "--withdraw", "2"], "python.numpy has no evidence 2"),
        (["evidence", "numpy", "ftp://example.org/x"], "is not an http(s) URL"),
        (["evidence", "numpy", "not a url"], "is not an http(s) URL"),
        (["evidence", "numpy", "https://x.org", "--title", ""], "empty --title"),
        (["history", "--since", "yesterday"], "invalid date 'yesterday' for --since"),
        (["history", "--skill", "nmupy"], "unknown skill 'nmupy'"),
        (["history", "--limit", "0"], "--limit must be 1 or more, not 0"),
        (["status", "pyhton"], "unknown roadmap 'pyhton'; did you mean 'python'?"),
        (["show", "python", "--stage", "expert"], "unknown stage 'expert'"),
        (["done"], "missing expected argument"),
        (["done", "numpy", "--db", ""], "empty --db path"),
        (["undo", "--dryrun"], "unknown option '--dryrun' (did you mean '--dry-run'?); see 'roadmap undo --help'"),
        // argument-parser's nearest option is '--db', too far to be what was meant.
        (["import", "--jsn", "backup.json"], "unknown option '--jsn'; see 'roadmap import --help'"),
        (["status", "--jason"], "unknown option '--jason' (did you mean '--json'?); see 'roadmap status --help'"),
        (["export", "--format", "jsn"],
         "the value 'jsn' is invalid for '--format <format>': give one of 'markdown', 'html' or 'json' (did you mean 'json'?); see 'roadmap export --help'"),
        (["export", "--format", "pdf"], "the value 'pdf' is invalid for '--format <format>': give one of 'markdown', 'html' or 'json'; see 'roadmap export --help'"),
        // Issue 24: each says what is wrong, not something else.
        (["next", "--limit", "-3"], "--limit must be 1 or more, not -3; see 'roadmap next --help'"),
        (["review", "--limit", "-1"], "--limit must be 1 or more, not -1"),
        (["history", "--limit", "--json"], "'--json' is invalid for '--limit"),
        (["note", "numpy", "--withdraw", "-1"], "python.numpy has no note -1"),
        (["done", "numpy", "--on", "2026-02-30"], "invalid date '2026-02-30' for --on; February 2026 has 28 days; give a day from 01 to 28"),
        (["done", "numpy", "--on", "2026-13-01"], "invalid date '2026-13-01' for --on; month 13 is out of range; give 01 to 12"),
        (["start", "python", "--target", "midd"], "unknown stage 'midd' in roadmap 'python'; did you mean 'mid'?"),
    ]

    @Test(arguments: cases.indices)
    func rejectedWithDatabaseUnchanged(_ index: Int) throws {
        let (arguments, expected) = Self.cases[index]
        let sandbox = try Sandbox()
        try sandbox.run("start", "python")
        try sandbox.run("done", "python.basics")
        let before = try Data(contentsOf: sandbox.defaultDatabase)
        let run = try sandbox.run(arguments)
        #expect(run.failedWithOneLine, "\(arguments): \(run)")
        #expect(run.stderr.contains(expected), "\(arguments): \(run.stderr)")
        #expect(try Data(contentsOf: sandbox.defaultDatabase) == before, "\(arguments) changed the database")
    }

    @Test func unknownSkillOnAFreshHomeCreatesNoDatabase() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.run("done", "pytorh")
        #expect(run.failedWithOneLine)
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultDatabase.path))
    }

    @Test func filesThatAreNotRoadmapDatabasesAreRefusedUntouched() throws {
        let sandbox = try Sandbox()
        let text = try sandbox.write(String(repeating: "my thesis notes\n", count: 100), to: "notes.txt")
        let corrupt = sandbox.home.appendingPathComponent("corrupt.sqlite")
        try sandbox.run(["done", "numpy", "--db", corrupt.path])
        var bytes = try Data(contentsOf: corrupt)
        for offset in stride(from: 100, to: min(bytes.count, 8192), by: 7) { bytes[offset] ^= 0x5A }
        try bytes.write(to: corrupt)
        for file in [text, corrupt] {
            let before = try Data(contentsOf: file)
            for arguments in [["done", "pandas"], ["status"], ["history"]] {
                let run = try sandbox.run(arguments + ["--db", file.path])
                #expect(run.failedWithOneLine, "\(file.lastPathComponent) \(arguments): \(run)")
                #expect(run.stderr.contains(file.path), "\(run.stderr)")
            }
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test func unusableLocationsAreOneLine() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write("x", to: "plain-file")
        for path in [file.path + "/sub/progress.sqlite", "/proc/roadmap-test/progress.sqlite", sandbox.home.path] {
            let run = try sandbox.run(["done", "numpy", "--db", path])
            #expect(run.failedWithOneLine, "\(path): \(run)")
        }
    }
}
