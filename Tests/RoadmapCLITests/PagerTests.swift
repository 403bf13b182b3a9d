import Foundation
import RoadmapCore
import Testing
@testable import RoadmapCLI

/// Long output on a terminal goes through $ROADMAP_PAGER, else $PAGER, else `less -FRX`; short output, piped
/// output and JSON never do; `--no-pager` and a pager that cannot start print it plainly, with nothing lost.
/// Serialized: a pager run sets the process's SIGPIPE and SIGINT handling while it lasts.
@Suite(.serialized) struct PagerTests {
    /// A world with a started roadmap, and a pager script that keeps what it read in `paged.txt` and its $LESS in
    /// `less.txt`.
    struct World {
        let world: InProcess
        let pager: URL
        var paged: URL { world.home.appendingPathComponent("paged.txt") }
        var less: URL { world.home.appendingPathComponent("less.txt") }

        init() throws {
            world = try InProcess()
            #expect(world.run("start", "python").status == 0)
            pager = try world.write("#!/bin/sh\ncat > \"$(dirname \"$0\")/paged.txt\"\nprintf '%s' \"$LESS\" > \"$(dirname \"$0\")/less.txt\"\n", to: "pager")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        }

        /// What the pager read, and forgets it for the next run; nil when it did not run.
        func received() throws -> String? {
            guard FileManager.default.fileExists(atPath: paged.path) else { return nil }
            defer { try? FileManager.default.removeItem(at: paged) }
            return try String(contentsOf: paged, encoding: .utf8)
        }

        @discardableResult
        func run(_ arguments: String..., environment: [String: String]? = nil, terminal: FakeTerminal = .both(rows: 20)) -> RoadmapRun {
            run(arguments, environment: environment, terminal: terminal)
        }

        @discardableResult
        func run(_ arguments: [String], environment: [String: String]? = nil, terminal: FakeTerminal = .both(rows: 20)) -> RoadmapRun {
            world.run(arguments, environment: environment ?? ["ROADMAP_PAGER": pager.path], terminal: terminal)
        }
    }

    @Test func aLongHistoryWrittenAsItIsReadStillGoesWholeThroughThePager() throws {
        let world = try World()
        let skills = try #require(BuiltinCatalog.load().catalog.roadmap("python")).skillIDs
        for status in ["learning", "done", "skip"] { #expect(world.run([status] + skills, terminal: .none).status == 0) }
        let plain = world.run("history", "--no-pager")
        #expect(plain.status == 0 && plain.stdout.split(separator: "\n").count > 20, "\(plain)")
        let paged = world.run("history")
        #expect(paged.status == 0 && paged.stdout.isEmpty, "\(paged)")
        #expect(try world.received() == plain.stdout)
        let json = world.run("history", "--json")
        #expect(try world.received() == nil && json.stdout.hasPrefix("[\n"), "JSON is never paged")
    }

    @Test func longOutputOnATerminalGoesThroughThePager() throws {
        let world = try World()
        let plain = world.run("show", "python", "--no-pager")
        #expect(plain.status == 0 && plain.stdout.split(separator: "\n").count > 20, "\(plain)")
        #expect(try world.received() == nil, "--no-pager bypasses the pager")

        let paged = world.run("show", "python")
        #expect(paged.status == 0, "\(paged)")
        #expect(paged.stdout.isEmpty && paged.stderr.isEmpty, "\(paged)")
        // The whole text, exactly as printed without the pager, colour included for `less -R`.
        let received = try #require(try world.received())
        #expect(received == plain.stdout)
        #expect(received.contains("\u{1B}["))
        // As git does, LESS=FRX when the user has no $LESS, so a plain `PAGER=less` keeps colour.
        #expect(try String(contentsOf: world.less, encoding: .utf8) == "FRX")
    }

    @Test func thePagerVariables() throws {
        let world = try World()
        let missing = "no-such-pager-\(UUID().uuidString)"
        // $PAGER when $ROADMAP_PAGER is unset; $ROADMAP_PAGER first.
        world.run("show", "python", environment: ["PAGER": world.pager.path])
        #expect(try world.received() != nil)
        world.run("show", "python", environment: ["ROADMAP_PAGER": world.pager.path, "PAGER": missing])
        #expect(try world.received() != nil)
        // The variable is a shell command: arguments and redirections work.
        let quoted = world.run("show", "python", environment: ["PAGER": "'\(world.pager.path)' --an-argument 2>/dev/null"])
        #expect(quoted.stdout.isEmpty, "\(quoted)")
        #expect(try world.received() != nil)
        // Set but empty, or `cat`: no pager, even with another variable naming one.
        for environment in [["ROADMAP_PAGER": "", "PAGER": world.pager.path], ["PAGER": ""], ["ROADMAP_PAGER": "cat"], ["PAGER": " cat "]] {
            let run = world.run("show", "python", environment: environment)
            #expect(run.status == 0 && run.stdout.contains("python.numpy"), "\(environment): \(run)")
            #expect(try world.received() == nil, "\(environment)")
        }
    }

    /// A pager that cannot start leaves the text on stdout, whole, with exit 0 and no error line.
    @Test func aPagerThatCannotStartFallsBackToPlainOutput() throws {
        let world = try World()
        let expected = world.run("show", "python", "--no-pager").stdout
        let exitsAtOnce = try world.world.write("#!/bin/sh\nexit 127\n", to: "not-found")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: exitsAtOnce.path)
        let notExecutable = try world.world.write("#!/bin/sh\ncat\n", to: "not-executable")
        for pager in [
            "no-such-pager-\(UUID().uuidString)", "/no/such/folder/less -R", "NAME=value no-such-pager-\(UUID().uuidString) -R",
            notExecutable.path, exitsAtOnce.path,
        ] {
            for environment in [["ROADMAP_PAGER": pager], ["PAGER": pager]] {
                let run = world.run("show", "python", environment: environment)
                #expect(run.status == 0, "\(environment): \(run)")
                #expect(run.stdout == expected, "\(environment)")
                #expect(run.stderr.isEmpty, "\(environment): \(run)")
            }
        }
    }

    /// Quitting the pager before the end of a long text (a broken pipe: the page is far more than a pipe holds) ends
    /// nothing but the pager.
    @Test func aPagerThatQuitsEarlyIsNoError() throws {
        let world = try World()
        // The Markdown of every built-in roadmap (the HTML page now goes to a file on a terminal, issue 24).
        for roadmap in BuiltinCatalog.load().catalog.roadmaps.map(\.id) { world.world.run("start", roadmap) }
        #expect(world.world.run("export").stdout.utf8.count > 65_536, "more than a pipe holds")
        let run = world.run("export", environment: ["ROADMAP_PAGER": "head -c 10 > '\(world.paged.path)'"])
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty, "\(run)")
        #expect(try world.received()?.count == 10)
    }

    @Test func shortPipedAndJSONOutputIsNeverPaged() throws {
        let world = try World()
        // Short: status fits the screen.
        let short = world.run("status")
        #expect(short.stdout.contains("python"), "\(short)")
        // One line under the screen's height fits with the prompt; the screen's height does not.
        #expect(PagedOutput.screenRows(of: String(repeating: "line\n", count: 19), columns: 80) == 19)
        // Piped.
        let piped = world.run("show", "python", terminal: FakeTerminal(stdout: false, stderr: true))
        #expect(piped.stdout.contains("python.numpy"), "\(piped)")
        // JSON, from --json and from a JSON export.
        let json = world.run("show", "python", "--json")
        #expect(try json.json() is [String: Any], "\(json)")
        let backup = world.run("export", "--format", "json")
        #expect(try backup.json() is [String: Any], "\(backup)")
        #expect(try world.received() == nil)
        // Only stdout's terminal counts: stderr alone on one pages nothing.
        #expect(world.run("show", "python", terminal: FakeTerminal(stdout: false, stderr: true, rows: 5)).stdout.contains("python.numpy"))
        #expect(try world.received() == nil)
        // A tall screen: the same text fits.
        #expect(world.run("show", "python", terminal: .both(rows: 500)).stdout.contains("python.numpy"))
        #expect(try world.received() == nil)
    }

    /// Output held for the pager is shown even when the command then fails, before its error line.
    @Test func outputComesOutWhenTheCommandFails() throws {
        let world = try World()
        let file = try world.world.write("id: broken\ntitle: Broken\nskills:\n  - id: broken.a\n", to: "broken.yaml")
        let run = world.run("lint", file.path, terminal: .both(rows: 200))
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("error:"), "\(run)")
        #expect(!run.stderr.isEmpty, "\(run)")
    }

    @Test func screenRowsCountWrappedLinesAndNotEscapes() {
        #expect(PagedOutput.screenRows(of: "", columns: 80) == 0)
        #expect(PagedOutput.screenRows(of: "a\nb\n", columns: 80) == 2)
        #expect(PagedOutput.screenRows(of: "a\n\nb", columns: 80) == 3)
        #expect(PagedOutput.screenRows(of: String(repeating: "x", count: 161) + "\n", columns: 80) == 3)
        #expect(PagedOutput.screenRows(of: "\u{1B}[1m" + String(repeating: "x", count: 80) + "\u{1B}[0m\n", columns: 80) == 1)
    }

    @Test func thePagersProgram() throws {
        #expect(Pager(environment: [:])?.command == "less -FRX")
        #expect(Pager(environment: ["PAGER": "more"])?.command == "more")
        #expect(Pager(environment: ["PAGER": ""]) == nil)
        #expect(Pager(environment: ["ROADMAP_PAGER": "cat", "PAGER": "less"]) == nil)
        #expect(Pager(environment: ["PAGER": "less -R"])?.program == "less")
        #expect(Pager(environment: ["PAGER": "LESS=-R less"])?.program == "less")
        // Left to the shell: quotes, expansions, builtins.
        #expect(Pager(environment: ["PAGER": "'less' -R"])?.program == nil)
        #expect(Pager(environment: ["PAGER": "$HOME/bin/pager"])?.program == nil)
        #expect(Pager(environment: ["PAGER": "exec less"])?.program == nil)
        #expect(Pager(environment: ["PAGER": "sh", "PATH": "/no/such:/bin"])?.canStart == true)
        #expect(Pager(environment: ["PAGER": "sh", "PATH": "/no/such"])?.canStart == false)
        #expect(Pager(environment: ["PAGER": "/bin"])?.canStart == false)
        #expect(Pager(environment: ["LESS": "-R"])?.defaults == ["LV": "-c", "LESSCHARSET": "utf-8"])
        // The user's own charset for less stands, either way of giving it.
        #expect(Pager(environment: ["LESSCHARSET": "latin1"])?.defaults == ["LESS": "FRX", "LV": "-c"])
        #expect(Pager(environment: ["LESSCHARDEF": "8bcccbcc18b95.b"])?.defaults == ["LESS": "FRX", "LV": "-c"])
    }
}
