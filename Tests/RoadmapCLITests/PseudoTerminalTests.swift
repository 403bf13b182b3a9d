import Foundation
import Testing

/// The built binary on a real pseudo-terminal (`script -qec … /dev/null`, from util-linux): colour appears on a
/// terminal and not in a pipe, and long output goes through the pager.
@Suite(.enabled(if: ExternalTool.executable("script") != nil, "script (util-linux) is not installed; apt-get install -y util-linux"))
struct PseudoTerminalTests {
    static let script = ExternalTool.executable("script")

    /// A sandbox whose `status` and `show python` have colour to show.
    static func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("start", "python").status == 0)
        #expect(try sandbox.run("learning", "python.numpy").status == 0)
        return sandbox
    }

    /// What a terminal shows of `roadmap ARGUMENTS`, run on a pseudo-terminal with `environment` added.
    static func onTerminal(_ sandbox: Sandbox, _ arguments: String, environment: [String: String] = [:]) throws -> RoadmapRun {
        let command = "'\(Sandbox.binary.path)' \(arguments)"
        let run = try sandbox.run(["-qec", command, "/dev/null"], executable: try #require(script), environment: environment)
        return RoadmapRun(status: run.status, stdout: run.stdout.replacingOccurrences(of: "\r\n", with: "\n"), stderr: run.stderr)
    }

    static func hasColour(_ text: String) -> Bool { text.contains("\u{1B}[") }

    @Test func colourOnATerminalAndNotInAPipe() throws {
        let sandbox = try Self.sandbox()
        let terminal = try Self.onTerminal(sandbox, "status")
        #expect(terminal.status == 0 && terminal.stdout.contains("python") && Self.hasColour(terminal.stdout), "\(terminal)")
        let piped = try sandbox.run("status")
        #expect(piped.status == 0 && piped.stdout.contains("python") && !Self.hasColour(piped.stdout), "\(piped)")
        // Forced into a pipe, refused on a terminal.
        #expect(Self.hasColour(try sandbox.run("status", environment: ["FORCE_COLOR": "1"]).stdout))
        #expect(Self.hasColour(try sandbox.run("status", environment: ["CLICOLOR_FORCE": "1"]).stdout))
        #expect(Self.hasColour(try sandbox.run(["--color", "always", "status"]).stdout))
        #expect(!Self.hasColour(try Self.onTerminal(sandbox, "status", environment: ["NO_COLOR": "1"]).stdout))
        #expect(Self.hasColour(try Self.onTerminal(sandbox, "status", environment: ["NO_COLOR": ""]).stdout))
        #expect(!Self.hasColour(try Self.onTerminal(sandbox, "status", environment: ["TERM": "dumb"]).stdout))
        #expect(!Self.hasColour(try Self.onTerminal(sandbox, "status --color never", environment: ["FORCE_COLOR": "1"]).stdout))
        // Each stream for itself: stdout piped inside the terminal, stderr still on it.
        let stdoutPiped = try Self.onTerminal(sandbox, "status | cat")
        #expect(stdoutPiped.stdout.contains("python") && !Self.hasColour(stdoutPiped.stdout), "\(stdoutPiped)")
    }

    @Test func longOutputGoesThroughThePagerOnATerminal() throws {
        let sandbox = try Self.sandbox()
        let received = sandbox.home.appendingPathComponent("paged.txt")
        let pager = try sandbox.write("#!/bin/sh\ncat > '\(received.path)'\n", to: "pager")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        // The pseudo-terminal has no size of its own here, so $LINES gives its height.
        let environment = ["ROADMAP_PAGER": pager.path, "LINES": "10"]

        let paged = try Self.onTerminal(sandbox, "show python", environment: environment)
        #expect(paged.status == 0 && !paged.stdout.contains("python.numpy"), "\(paged)")
        let text = try String(contentsOf: received, encoding: .utf8)
        #expect(text.contains("python.numpy") && Self.hasColour(text))
        try FileManager.default.removeItem(at: received)

        let unpaged = try Self.onTerminal(sandbox, "--no-pager show python", environment: environment)
        #expect(unpaged.status == 0 && unpaged.stdout == text, "\(unpaged)")
        #expect(!FileManager.default.fileExists(atPath: received.path))

        let short = try Self.onTerminal(sandbox, "status", environment: environment)
        #expect(short.status == 0 && short.stdout.contains("python"), "\(short)")
        #expect(!FileManager.default.fileExists(atPath: received.path))

        let missing = try Self.onTerminal(sandbox, "show python", environment: ["ROADMAP_PAGER": "no-such-pager -R", "LINES": "10"])
        #expect(missing.status == 0 && missing.stdout == text, "\(missing)")
    }
}
