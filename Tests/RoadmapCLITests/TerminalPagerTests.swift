import Foundation
import Testing

/// The pager at a real terminal: the built binary typed into an interactive shell (job control on) in tmux at 80×24.
/// `script` gives a terminal with no job-control shell, where a pager in its own process group still works; in a
/// terminal window it was stopped by SIGTTOU and froze the screen, so these tests stand where the person does.
@Suite(.enabled(if: TerminalSession.tmux != nil, "tmux is not installed; apt-get install -y tmux"))
struct TerminalPagerTests {
    /// A learner a week in: two roadmaps started and enough marks that `history` fills more than a screen.
    static let learner: Sandbox = {
        let sandbox = try! Sandbox()
        _ = try! sandbox.run("start", "python")
        _ = try! sandbox.run("start", "ml-engineer", "--target", "mid")
        let skills = ["python.basics", "python.collections", "python.oop", "python.environments-packaging", "python.jupyter",
                      "python.numpy", "python.pandas", "python.data-io", "python.matplotlib", "python.seaborn",
                      "python.clean-code", "python.testing", "python.debugging-logging", "python.data-structures"]
        for (index, skill) in skills.enumerated() {
            _ = try! sandbox.run("learning", skill)
            _ = try! sandbox.run("done", skill, "--on", "2026-11-\(String(format: "%02d", index + 10))")
        }
        return sandbox
    }()

    /// less's prompt on the last line: the pager is showing a screenful and waiting for a key.
    static func lessIsWaiting(_ screen: TerminalSession.Screen) -> Bool { screen.lastLine == ":" }

    /// Each long output is shown by `less -FRX` at once, `q` returns to the prompt, and the exit status is 0.
    @Test func aLongOutputIsPagedAndQQuitsInBash() throws {
        try Self.pageAndQuit(in: ["bash", "--norc", "-i"])
    }

    @Test(.enabled(if: TerminalSession.zsh != nil, "zsh is not installed; apt-get install -y zsh"))
    func aLongOutputIsPagedAndQQuitsInZsh() throws {
        try Self.pageAndQuit(in: ["zsh", "-f", "-i"])
    }

    static func pageAndQuit(in shell: [String]) throws {
        let terminal = try TerminalSession(shell: shell, sandbox: Self.learner)
        let cases: [(command: String, shows: String)] = [
            ("roadmap show python", "python.numpy"),
            ("roadmap info numpy", "python.numpy"),
            ("roadmap report --full", "Stages"),
            ("roadmap history", "python.data-structures"),
        ]
        for (command, shows) in cases {
            terminal.type("clear; " + command)
            let paged = terminal.waitFor("'\(command)' in the pager") { Self.lessIsWaiting($0) && $0.contains(shows) }
            #expect(paged.lines.count >= 20, "a screenful of '\(command)':\n\(paged)")
            #expect(!terminal.processes.split(separator: "\n").contains { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first?.hasPrefix("T") == true },
                    "nothing is stopped while '\(command)' pages:\n\(terminal.processes)")
            terminal.press("q")
            terminal.waitFor("the prompt after q in '\(command)'") { $0.isAtPrompt }
            #expect(terminal.lastStatus() == 0, "'\(command)' after q")
        }
    }

    /// Ctrl-C belongs to the pager: `less` stays and `q` then quits, `roadmap` is not killed under it, and the exit
    /// status is 0. `more` shows its prompt and quits on `q` the same way.
    @Test func ctrlCInThePagerAndMore() throws {
        let terminal = try TerminalSession(sandbox: Self.learner)
        terminal.type("clear; roadmap show python")
        terminal.waitFor("the pager") { Self.lessIsWaiting($0) }
        terminal.press("C-c")
        terminal.waitFor("less still showing after Ctrl-C") { Self.lessIsWaiting($0) && $0.contains("python.numpy") }
        // less drops keys typed before it has handled the interrupt (a busy machine), so q is pressed again, as a
        // person does when the first one did nothing.
        for _ in 1...3 {
            terminal.press("q")
            if terminal.shows(within: 5, { $0.isAtPrompt }) || !Self.lessIsWaiting(terminal.screen) { break }
        }
        terminal.waitFor("the prompt after Ctrl-C and q") { $0.isAtPrompt }
        #expect(terminal.lastStatus() == 0)
        #expect(!terminal.processes.contains("roadmap"), "nothing left running:\n\(terminal.processes)")

        terminal.type("clear; ROADMAP_PAGER=more roadmap show python")
        terminal.waitFor("more's prompt") { $0.lastLine.hasPrefix("--More--") && $0.contains("python.basics") }
        terminal.press("q")
        terminal.waitFor("the prompt after q in more") { $0.isAtPrompt }
        #expect(terminal.lastStatus() == 0)
        #expect(!terminal.processes.contains("roadmap") && !terminal.processes.contains("more"), "\(terminal.processes)")
    }

    /// Output that fits the screen is printed and the prompt is back at once, whatever the pager; `cat`, an empty
    /// variable, `--no-pager`, a missing or failing pager print the long text whole, with no error line.
    @Test func shortOutputAndPagersThatShowNothing() throws {
        let terminal = try TerminalSession(sandbox: Self.learner, height: 40)
        for pager in ["", "ROADMAP_PAGER='less -FRX' ", "PAGER=less "] {
            let short = terminal.run(pager + "roadmap status")
            #expect(short.contains("ml-engineer") && short.contains("python"), "\(pager)status:\n\(short)")
            #expect(terminal.lastStatus() == 0)
        }
        // `show python` is 40 lines: on a 40-line screen it does not fit, so each of these must print it itself.
        for pager in ["ROADMAP_PAGER=cat ", "ROADMAP_PAGER= ", "ROADMAP_PAGER=no-such-pager ", "ROADMAP_PAGER=false ",
                      "ROADMAP_PAGER='exit 3' ", "", ] {
            let flags = pager.isEmpty ? " --no-pager" : ""
            let whole = terminal.run(pager + "roadmap show python" + flags)
            #expect(whole.contains("python.numpy") && !whole.contains("roadmap:"), "\(pager)show:\n\(whole)")
            #expect(terminal.lastStatus() == 0, "\(pager)show")
        }
    }

    /// Under a locale that is not UTF-8 (LANG=C, `env -i`, cron), less shows the text as printing it would: "—" and
    /// the progress bar as characters, not as "<E2><80><94>"; a charset the user gives less is theirs.
    @Test func theTextPagedUnderLangCIsTheTextPrinted() throws {
        let terminal = try TerminalSession(sandbox: Self.learner, environment: ["LANG": "C"])
        for (settings, asPrinted) in [("", true), ("LESSCHARSET=ascii ", false)] {
            terminal.type("clear; " + settings + "roadmap show python")
            let paged = terminal.waitFor("'show python' in the pager") { Self.lessIsWaiting($0) && $0.contains("python.basics") }
            #expect(paged.contains("Entry level (junior) —") == asPrinted && paged.contains("<E2><80><94>") != asPrinted, "\(settings):\n\(paged)")
            terminal.press("q")
            terminal.waitFor("the prompt after q") { $0.isAtPrompt }
        }
    }
}
