import Foundation
import Testing

/// A learner's first hour, typed into an interactive bash in tmux at 80×24: the README's quick start and the commands
/// a learner reaches for next, a typo or two among them. Each screen is checked for what the person needs to see
/// there, not for its bytes; a long one is read in the pager and quit with `q`, as a person does.
@Suite(.enabled(if: TerminalSession.tmux != nil, "tmux is not installed; apt-get install -y tmux"))
struct FirstHourTests {
    @Test func aLearnersFirstHour() throws {
        let terminal = try TerminalSession(sandbox: try Sandbox())

        func step(_ command: String, status expected: Int = 0, paged: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                  shows needles: String...) {
            let (screen, status, wasPaged) = terminal.read(command, sourceLocation: sourceLocation)
            #expect(status == expected, "exit status of '\(command)':\n\(screen)", sourceLocation: sourceLocation)
            if let paged { #expect(wasPaged == paged, "'\(command)' paged: \(wasPaged)\n\(screen)", sourceLocation: sourceLocation) }
            for needle in needles {
                #expect(screen.contains(needle), "'\(command)' shows '\(needle)':\n\(screen)", sourceLocation: sourceLocation)
            }
            #expect(!screen.contains("Fatal error") && !screen.contains("Stack dump"), "\(screen)", sourceLocation: sourceLocation)
        }

        // What there is, and following the career path with a target stage and day.
        step("roadmap list", paged: false, shows: "ml-engineer", "python", "Machine Learning Engineer")
        step("roadmap start ml-engineer --target mid --by 2027-06-30", shows: "started ml-engineer", "target: mid by 2027-06-30",
             "learn next:", "python.basics", "created a new progress database")
        // What the learner already knows, back-dated, and what they are on now.
        step("roadmap done python.basics numpy --on 2026-11-02", shows: "[x] python.basics", "[x] python.numpy", "done on 2026-11-02",
             "python.numpy requires")
        step("roadmap learning pandas", shows: "[~] python.pandas", "todo → learning")
        step("roadmap status", paged: false, shows: "ml-engineer", "2/", "done (0%)", "electives not counted", "learning: python.pandas",
             "target: mid by 2027-06-30", "2 reviews due")
        step("roadmap report", paged: true, shows: "Stages", "Entry level")
        step("roadmap next", shows: "Next steps", "python.pandas", "unlocks")
        step("roadmap info numpy", shows: "python.numpy — NumPy", "done since 2026-11-02", "review")
        step("roadmap search linear regression", shows: "ml.linear-regression", "Linear regression")
        // A month on, the back-dated skills are due for review; one is reviewed.
        step("roadmap review", shows: "2 reviews due", "python.basics", "python.numpy", "roadmap reviewed SKILL")
        step("roadmap reviewed numpy", shows: "reviewed python.numpy (good)", "next review")
        step("roadmap review", shows: "1 review due", "python.basics")
        step("roadmap history --calendar", paged: false, shows: "Mon", "Sun", "less ░▒▓█ more")
        // Changed their mind.
        step("roadmap undo --dry-run", shows: "would revert roadmap reviewed numpy", "nothing changed")
        step("roadmap undo", shows: "undid roadmap reviewed numpy")
        step("roadmap review", shows: "2 reviews due")
        step("roadmap doctor", shows: "schema", "(current)", "integrity ok", "no problems found")
        // Typos: one line that says what was meant, a non-zero status, nothing changed.
        step("roadmap stauts", status: 1, shows: "did you mean", "'status'")
        step("roadmap done nmupy", status: 1, shows: "unknown skill 'nmupy'", "did you mean 'python.numpy'?")
        step("roadmap start ml-engineer --target midd", status: 1, shows: "unknown stage 'midd'", "did you mean 'mid'?")
        step("roadmap status", shows: "2/", "learning: python.pandas", "target: mid by 2027-06-30")
    }
}
