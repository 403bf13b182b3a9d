import ArgumentParser
import Foundation
import RoadmapCore
@testable import RoadmapCLI

/// A user's world for in-process tests: an empty temporary HOME, a fixed clock and time zone, and the same
/// runner `main` uses, so output and exit status match the binary's without starting a process.
struct InProcess {
    /// How many skills a built-in roadmap holds today, so tests don't break when a release adds or merges skills.
    static func builtinSkillCount(_ roadmap: String) -> Int {
        let catalog = BuiltinCatalog.load().catalog
        return catalog.roadmap(roadmap).map { catalog.skills(of: $0).count } ?? 0
    }

    /// The skills a built-in roadmap counts while nothing is started: electives left out, one skill a group.
    static func builtinCountedSkillCount(_ roadmap: String) -> Int {
        let catalog = BuiltinCatalog.load().catalog
        guard let roadmap = catalog.roadmap(roadmap) else { return 0 }
        return StageCounting(catalog.skills(of: roadmap), status: { _ in .todo }).counted.count { $0 }
    }

    /// 2026-11-22T10:00:00Z, a Sunday.
    static let fixedNow = Date(timeIntervalSince1970: 1_795_341_600)

    let home: URL
    var now: Date
    var timeZone: TimeZone
    var environment: [String: String]
    /// Command lines already parsed: argument-parser takes milliseconds per parse in a debug build.
    let parsed = ParsedCommands()

    init(now: Date = InProcess.fixedNow, timeZone: TimeZone = TimeZone(identifier: "UTC")!) throws {
        home = try TestHomes.make("home")
        self.now = now
        self.timeZone = timeZone
        environment = ["HOME": home.path]
    }

    /// The default database location for this HOME.
    var defaultDatabase: URL { home.appendingPathComponent(".local/share/roadmap/progress.sqlite") }

    /// Runs one command line; `environment` adds to or replaces this world's variables for this run only.
    @discardableResult
    /// `columns`: stdout is a terminal that wide (without colour); nil: piped. `terminal`: which streams are
    /// terminals (colour in `auto`, and the pager on stdout for output longer than its `rows`).
    func run(_ arguments: [String], environment extra: [String: String] = [:], columns: Int? = nil, terminal streams: FakeTerminal = .none) -> RoadmapRun {
        let output = CapturedOutput()
        // Only the variables roadmap reads, as the process would see them.
        let variables = environment.merging(extra) { $1 }.filter { Terminal.variableNames.contains($0.key) }
        let terminal = Terminal(
            environment: variables, stdoutIsTerminal: streams.stdout, stderrIsTerminal: streams.stderr,
            columns: columns ?? (streams.stdout ? 80 : nil), rows: streams.stdout ? streams.rows : nil, output: output)
        let status = RoadmapCommand.execute(
            arguments, in: CommandEnvironment(now: now, timeZone: timeZone, terminal: terminal, currentDirectory: home.path), parse: parsed.command)
        return RoadmapRun(status: status, stdout: output.stdout, stderr: output.stderr, interleaved: output.interleaved)
    }

    @discardableResult
    func run(_ arguments: String..., environment extra: [String: String] = [:], columns: Int? = nil, terminal streams: FakeTerminal = .none) -> RoadmapRun {
        run(arguments, environment: extra, columns: columns, terminal: streams)
    }

    func write(_ text: String, to name: String) throws -> URL {
        let url = home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

/// Which of a run's streams are terminals, and the height of the one on stdout.
struct FakeTerminal {
    var stdout = false
    var stderr = false
    var rows = 24

    static let none = FakeTerminal()
    /// Both streams on a terminal `rows` high, as a user at a shell has them.
    static func both(rows: Int = 24) -> FakeTerminal { FakeTerminal(stdout: true, stderr: true, rows: rows) }
}

/// What a run wrote to stdout and stderr, kept for the test to read.
final class CapturedOutput: OutputSink {
    private(set) var stdout = ""
    private(set) var stderr = ""
    /// Both, in the order written: what a terminal showing both shows.
    private(set) var interleaved = ""

    func standardOutput(_ text: String) {
        stdout += text
        interleaved += text
    }

    func standardError(_ text: String) {
        stderr += text
        interleaved += text
    }
}

/// Each command line parsed once; a parsed command is a plain value, run afresh each time.
final class ParsedCommands: @unchecked Sendable {
    private let lock = NSLock()
    private var commands: [[String]: any ParsableCommand] = [:]

    func command(_ arguments: [String]) throws -> any ParsableCommand {
        if let command = lock.withLock({ commands[arguments] }) { return command }
        let command = try RoadmapCommand.parseAsRoot(arguments)
        lock.withLock { commands[arguments] = command }
        return command
    }
}
