import Foundation
import Testing
@testable import RoadmapCLI

/// `--color` and the colour variables: the flag beats the environment; in `auto`, a non-empty NO_COLOR beats
/// CLICOLOR_FORCE and FORCE_COLOR, which beat the stream not being a terminal and TERM=dumb.
@Suite struct ColorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var options: [String] = []
        var environment: [String: String] = [:]
        var onTerminal: Bool
        var coloured: Bool
        /// Options before the command's name rather than after.
        var optionsFirst = false

        var testDescription: String {
            "\(optionsFirst ? "" : "status ")\(options.joined(separator: " "))\(optionsFirst ? " status" : "") "
                + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                + (onTerminal ? " on a terminal" : " piped") + (coloured ? ": colour" : ": plain")
        }
    }

    static let cases: [Case] = [
        Case(onTerminal: true, coloured: true),
        Case(onTerminal: false, coloured: false),
        Case(environment: ["NO_COLOR": "1"], onTerminal: true, coloured: false),
        // no-color.org: set but empty is not set.
        Case(environment: ["NO_COLOR": ""], onTerminal: true, coloured: true),
        Case(environment: ["FORCE_COLOR": "1"], onTerminal: false, coloured: true),
        Case(environment: ["CLICOLOR_FORCE": "1"], onTerminal: false, coloured: true),
        Case(environment: ["FORCE_COLOR": "0"], onTerminal: false, coloured: false),
        Case(environment: ["CLICOLOR_FORCE": ""], onTerminal: false, coloured: false),
        Case(environment: ["TERM": "dumb"], onTerminal: true, coloured: false),
        Case(environment: ["TERM": "xterm-256color"], onTerminal: true, coloured: true),
        Case(environment: ["TERM": "dumb", "FORCE_COLOR": "1"], onTerminal: true, coloured: true),
        Case(environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"], onTerminal: false, coloured: false),
        Case(environment: ["NO_COLOR": "1", "CLICOLOR_FORCE": "1"], onTerminal: true, coloured: false),
        Case(environment: ["NO_COLOR": "", "FORCE_COLOR": "1"], onTerminal: false, coloured: true),
        Case(options: ["--color", "auto"], onTerminal: true, coloured: true),
        Case(options: ["--color", "never"], onTerminal: true, coloured: false),
        Case(options: ["--color", "never"], environment: ["FORCE_COLOR": "1"], onTerminal: true, coloured: false),
        Case(options: ["--color", "never"], environment: ["CLICOLOR_FORCE": "1"], onTerminal: false, coloured: false),
        Case(options: ["--color", "always"], onTerminal: false, coloured: true),
        Case(options: ["--color", "always"], environment: ["NO_COLOR": "1"], onTerminal: false, coloured: true),
        Case(options: ["--color=always"], environment: ["TERM": "dumb"], onTerminal: true, coloured: true),
        Case(options: ["--color", "never"], onTerminal: true, coloured: false, optionsFirst: true),
        Case(options: ["--color", "always"], environment: ["NO_COLOR": "1"], onTerminal: false, coloured: true, optionsFirst: true),
        // The last --color stands, wherever each is.
        Case(options: ["--color", "never", "--color", "always"], onTerminal: false, coloured: true),
    ]

    /// A world whose `status` has colour to show: a started roadmap, one skill in progress.
    static func world() throws -> InProcess {
        let world = try InProcess()
        #expect(world.run("start", "python").status == 0)
        #expect(world.run("learning", "python.numpy").status == 0)
        return world
    }

    static func hasColour(_ text: String) -> Bool { text.contains("\u{1B}[") }

    @Test(arguments: cases)
    func colourOfStatus(_ test: Case) throws {
        let world = try Self.world()
        let arguments = test.optionsFirst ? test.options + ["status"] : ["status"] + test.options
        let run = world.run(arguments, environment: test.environment, terminal: FakeTerminal(stdout: test.onTerminal, stderr: test.onTerminal))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdout.contains("python"))
        #expect(Self.hasColour(run.stdout) == test.coloured, "\(run.stdout)")
        // Colour changes nothing but the escapes.
        let plain = world.run("status", "--color", "never", terminal: FakeTerminal(stdout: test.onTerminal))
        #expect(run.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain.stdout)
    }

    /// Stdout and stderr each decide for their own stream.
    @Test func eachStreamDecidesForItself() {
        let sink = CapturedOutput()
        let stdoutOnly = Terminal(environment: [:], stdoutIsTerminal: true, stderrIsTerminal: false, columns: 80, output: sink)
        #expect(stdoutOnly.style.isEnabled && !stdoutOnly.errorStyle.isEnabled)
        let stderrOnly = Terminal(environment: [:], stdoutIsTerminal: false, stderrIsTerminal: true, columns: nil, output: sink)
        #expect(!stderrOnly.style.isEnabled && stderrOnly.errorStyle.isEnabled)
        var forced = stderrOnly
        forced.environment = ["FORCE_COLOR": "1"]
        #expect(forced.style.isEnabled && forced.errorStyle.isEnabled)
        forced.color = .never
        #expect(!forced.style.isEnabled && !forced.errorStyle.isEnabled)
    }

    /// `--json` is never coloured, whatever is asked.
    @Test func jsonHasNoColour() throws {
        let world = try Self.world()
        let run = world.run("status", "--json", "--color", "always", terminal: .both())
        #expect(run.status == 0 && !Self.hasColour(run.stdout), "\(run)")
    }

    /// Every command takes --color and --no-pager, and its --help says so, as the top-level help does.
    @Test func everyCommandsHelpListsTheGlobalOptions() throws {
        let world = try InProcess()
        let names = RoadmapCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(names.count >= 22)
        for arguments in [["--help"]] + names.map({ [$0, "--help"] }) {
            let help = world.run(arguments)
            #expect(help.status == 0, "\(arguments): \(help)")
            #expect(help.stdout.contains("--color <when>") && help.stdout.contains("--no-pager"), "\(arguments): \(help.stdout)")
        }
        #expect(world.run("--help").stdout.contains("values: auto, always, never"))
    }

    @Test func aWrongColourIsOneLine() throws {
        let world = try InProcess()
        for arguments in [["status", "--color", "sometimes"], ["--color", "sometimes", "status"], ["--color=blue", "list"]] {
            let run = world.run(arguments)
            #expect(run.status == 64, "\(run)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run)")
            #expect(run.stderr.contains("auto") && run.stderr.contains("always") && run.stderr.contains("never"), "\(run)")
        }
        // A misspelt command after the global options still gets its suggestion.
        let misspelt = world.run("--no-pager", "--color", "never", "stauts")
        #expect(misspelt.stderr == "roadmap: unknown command 'stauts'; did you mean 'start' or 'status'?\n", "\(misspelt)")
    }

    /// Every variable the command line reads is in `Terminal.variableNames`, the only ones the process passes on:
    /// each `environment["NAME"]` in the CLI's sources.
    @Test func everyVariableReadIsListed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/RoadmapCLI")
        let files = try FileManager.default.contentsOfDirectory(at: sources, includingPropertiesForKeys: nil).filter { $0.pathExtension == "swift" }
        var read: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:environment|variables)\["([A-Z_]+)"\]"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                read.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(read.isSuperset(of: ["NO_COLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "TERM", "ROADMAP_PAGER", "PAGER", "LINES"]), "\(read.sorted())")
        #expect(read.subtracting(Terminal.variableNames).isEmpty, "read but not listed: \(read.subtracting(Terminal.variableNames).sorted())")
        // The pager's own defaults, read by key from a dictionary.
        #expect(Set(Terminal.variableNames).isSuperset(of: ["LESS", "LV", "PATH"]))
    }
}
