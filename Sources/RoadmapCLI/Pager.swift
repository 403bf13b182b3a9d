import Foundation
import RoadmapApp

/// The program long output goes through on a terminal, chosen as git chooses: $ROADMAP_PAGER, else $PAGER, else
/// `less -FRX`; a variable set but empty, or `cat`, means no pager. It is run as `/bin/sh -c "$PAGER"`, the
/// convention every pager variable follows, so it may carry arguments (`less -R`).
struct Pager {
    var command: String
    /// Added to the pager's environment when unset, as git does, so a plain `PAGER=less` keeps colour and quits
    /// at the end of a short text; and less told the text is UTF-8, which it is whatever the locale, so that it shows
    /// what printing without it shows ("—", not "<E2><80><94>" under LANG=C).
    var defaults: [String: String]
    /// The folders a program name is looked for in: $PATH.
    var searchPath: String?

    init?(environment: [String: String]) {
        let command = (environment["ROADMAP_PAGER"] ?? environment["PAGER"] ?? "less -FRX").trimmingCharacters(in: .whitespaces)
        guard !command.isEmpty, command != "cat" else { return nil }
        self.command = command
        defaults = ["LESS": "FRX", "LV": "-c"].filter { environment[$0.key] == nil }
        if environment["LESSCHARSET"] == nil, environment["LESSCHARDEF"] == nil { defaults["LESSCHARSET"] = "utf-8" }
        searchPath = environment["PATH"]
    }

    /// Writes the text to the pager's standard input and waits for it to end, as git does: the pager runs in roadmap's
    /// process group (the terminal's foreground group), and quitting it before the end of the text is no error. False
    /// when it could not start or failed, so the caller prints the text itself, with no error line: nothing is lost.
    func show(_ text: String) -> Bool {
        guard canStart else { return false }
        let environment = ProcessInfo.processInfo.environment.merging(defaults) { old, _ in old }
        // While it runs the pager owns the terminal: Ctrl-C and Ctrl-\ are its to handle, and quitting it before the
        // end of the text (a broken pipe) must not end this process.
        let interrupt = signal(SIGINT, SIG_IGN), quit = signal(SIGQUIT, SIG_IGN), brokenPipe = signal(SIGPIPE, SIG_IGN)
        defer { _ = signal(SIGINT, interrupt); _ = signal(SIGQUIT, quit); _ = signal(SIGPIPE, brokenPipe) }
        guard var pager = try? ChildProcess("/bin/sh", ["-c", command], environment: environment, input: .pipe) else { return false }
        pager.write(Data(text.utf8))
        // A pager that exits with a failure (the shell's 127 "not found" among them) may have shown nothing; one ended
        // by a signal was ended by the person at the terminal.
        if case .exited(let status) = pager.finish().termination, status != 0 { return false }
        return true
    }

    /// False when the pager's program is a plain name found neither as a path nor in $PATH. Anything the shell
    /// must work out (quotes, expansions, its own builtins) is left to the shell.
    var canStart: Bool {
        guard let program else { return true }
        return ChildProcess.executable(named: program, searchPath: searchPath, defaultPath: "/usr/local/bin:/usr/bin:/bin") != nil
    }

    /// The command's first word after any `NAME=value` assignments, when it is a plain program name or path.
    var program: String? {
        let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./+,:@%"))
        for word in command.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if let equals = word.firstIndex(of: "="), word[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                continue
            }
            guard word.unicodeScalars.allSatisfy(plain.contains), !Self.shellBuiltins.contains(String(word)) else { return nil }
            return String(word)
        }
        return nil
    }

    private static let shellBuiltins: Set<String> = ["exec", "command", "eval", "builtin", ".", ":"]
}
