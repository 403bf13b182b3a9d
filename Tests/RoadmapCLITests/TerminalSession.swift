import Foundation
import Testing
import RoadmapApp

/// A person at a terminal: tmux runs an interactive shell (job control on, as in every terminal window) at 80×24 in
/// the sandbox's HOME, with the built `roadmap` on PATH; the test types with `send-keys` and reads the screen with
/// `capture-pane`. Each session has its own tmux server, so tests running at once never share one.
final class TerminalSession {
    static let tmux = ExternalTool.executable("tmux")
    static let zsh = ExternalTool.executable("zsh")

    let sandbox: Sandbox
    private let socket: String

    /// `shell`: the interactive shell and its arguments, e.g. `["bash", "--norc", "-i"]` or `["zsh", "-f", "-i"]`.
    init(shell: [String] = ["bash", "--norc", "-i"], sandbox: Sandbox, environment extra: [String: String] = [:],
         width: Int = 80, height: Int = 24) throws {
        self.sandbox = sandbox
        socket = "roadmap-test-\(UUID().uuidString.prefix(8))"
        let folder = Sandbox.binary.deletingLastPathComponent().path
        var environment = sandbox.environment.merging(extra) { $1 }
        environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["TERM"] = "xterm-256color"
        environment["PS1"] = "$ "
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // The server tmux starts keeps what it inherits open, so its output goes nowhere rather than into a pipe.
        var server = try ChildProcess(try #require(Self.tmux).path, ["-L", socket, "-f", "/dev/null", "new-session", "-d",
                                      "-x", "\(width)", "-y", "\(height)", "-c", sandbox.home.path, "/usr/bin/env", "-i"] + assignments + shell,
                                      environment: ProcessInfo.processInfo.environment, input: .nothing, output: .discarded, errors: .discarded)
        #expect(server.finish().termination == .exited(0), "tmux did not start")
        // zsh -f keeps its own prompt ("host% "); every shell gets the same one, so a prompt reads the same.
        if shell.first == "zsh" { type("PROMPT='$ '") }
        _ = waitFor("the first prompt") { $0.lastLine == "$" }
        type("clear")
        _ = waitFor("a clear screen") { $0.lines.count == 1 && $0.lastLine == "$" }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// What the screen shows now: its lines, trailing blanks dropped.
    struct Screen: CustomStringConvertible {
        var text: String
        var lines: [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        var lastLine: String { lines.last?.trimmingCharacters(in: .whitespaces) ?? "" }
        /// The shell's prompt stands alone on the last line: a command has returned.
        var isAtPrompt: Bool { lastLine == "$" }
        func contains(_ text: String) -> Bool { self.text.contains(text) }
        var description: String { "┌" + String(repeating: "─", count: 80) + "\n" + lines.map { "│" + $0 }.joined(separator: "\n") + "\n└" }
    }

    var screen: Screen {
        Screen(text: (try? tmux(["capture-pane", "-p"]).stdout) ?? "")
    }

    /// Types a line and presses Enter.
    func type(_ line: String) {
        _ = try? tmux(["send-keys", "-l", line])
        _ = try? tmux(["send-keys", "Enter"])
    }

    /// Presses keys as tmux names them: `q`, `C-c`, `Space`, `Tab`.
    func press(_ keys: String...) {
        _ = try? tmux(["send-keys"] + keys)
    }

    /// Whether the screen shows what `condition` asks within `seconds`; nothing is recorded when it does not.
    func shows(within seconds: Double, _ condition: (Screen) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(screen) {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    /// Waits, up to `seconds`, for the screen to show what `condition` asks, and records an issue naming `what` with
    /// the last screen when it never does. Waiting is how a person reads; the time is no measure of speed.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (Screen) -> Bool) -> Screen {
        let deadline = Date().addingTimeInterval(seconds)
        var last = screen
        while !condition(last) {
            guard Date() < deadline else {
                Issue.record("the screen never showed \(what):\n\(last)", sourceLocation: sourceLocation)
                return last
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = screen
        }
        return last
    }

    /// Types a command and waits for the prompt to come back; the screen then, from the command's line down.
    @discardableResult
    func run(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Screen {
        type("clear; " + line)
        return waitFor("the prompt after '\(line)'", sourceLocation: sourceLocation) { $0.isAtPrompt && $0.lines.count > 1 }
    }

    /// Types a command as a person reading its output does: a page shown by `less` is read and quit with `q`.
    /// The screen as it was read (the pager's first page, or the output above the prompt) and the exit status.
    func read(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> (screen: Screen, status: Int?, paged: Bool) {
        type("clear; " + line)
        let shown = waitFor("'\(line)' to finish or page", sourceLocation: sourceLocation) {
            ($0.isAtPrompt && $0.lines.count > 1) || $0.lastLine == ":" || $0.lastLine == "(END)"
        }
        let paged = !shown.isAtPrompt
        if paged {
            press("q")
            waitFor("the prompt after q in '\(line)'", sourceLocation: sourceLocation) { $0.isAtPrompt }
        }
        return (shown, lastStatus(sourceLocation: sourceLocation), paged)
    }

    /// The exit status of the last command, as the shell tells it; the screen is cleared after.
    func lastStatus(sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        type("s=$?; clear; echo \"[exit $s]\"")
        let screen = waitFor("the exit status", sourceLocation: sourceLocation) { $0.isAtPrompt && $0.contains("[exit ") }
        let found = screen.text.firstMatch(of: /\[exit (\d+)\]/).flatMap { Int($0.1) }
        type("clear")
        waitFor("a clear screen", sourceLocation: sourceLocation) { $0.lines.count == 1 && $0.isAtPrompt }
        return found
    }

    /// The processes of this terminal and their states (`T` is stopped), from `ps`.
    var processes: String {
        let pane = (try? tmux(["display-message", "-p", "#{pane_tty}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? ""
        let tty = pane.replacingOccurrences(of: "/dev/", with: "")
        var ps = try? ChildProcess("/bin/ps", ["-o", "pid,pgid,tpgid,stat,args", "-t", tty], environment: [:], input: .nothing,
                                   output: .captured, errors: .discarded)
        return (ps?.finish()).map { String(decoding: $0.stdout, as: UTF8.self) } ?? ""
    }

    /// Runs tmux on this session's server. Spawned directly and waited for with waitpid: Foundation's `Process` left
    /// tmux clients unreaped here, and its waitUntilExit never returned.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> RoadmapRun {
        var client = try ChildProcess(try #require(Self.tmux).path, ["-L", socket, "-f", "/dev/null"] + arguments,
                                      environment: ProcessInfo.processInfo.environment, input: .nothing, output: .captured, errors: .captured)
        let (termination, stdout, stderr) = client.finish()
        let status: Int32 = if case .exited(let code) = termination { code } else { -1 }
        return RoadmapRun(status: status, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
