import Foundation
import RoadmapCore

/// Where a command writes, and whether those places are colour terminals.
struct Terminal {
    var environment: [String: String]
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    /// The width text must fit: the terminal's, else `$COLUMNS`, else 80; nil when stdout is not a terminal.
    var columns: Int?
    /// The screen's height, for the pager: the terminal's, else `$LINES`, else 24; nil when stdout is not a terminal.
    var rows: Int? = nil
    var output: any OutputSink
    /// `--color`; `auto` asks the environment and each stream.
    var color: ColorChoice = .auto
    /// Standard output held for the pager until the command ends; nil: written as it comes.
    var paging: PagedOutput? = nil

    static var process: Terminal {
        let environment = environmentVariables()
        let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        return Terminal(
            environment: environment,
            stdoutIsTerminal: stdoutIsTerminal,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            columns: stdoutIsTerminal ? windowColumns() ?? positive(environment["COLUMNS"]) ?? 80 : nil,
            rows: stdoutIsTerminal ? windowRows() ?? positive(environment["LINES"]) ?? 24 : nil,
            output: StandardStreams())
    }

    /// The width of the terminal on stdout, as the kernel reports it.
    static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The height of the terminal on stdout, as the kernel reports it.
    static func windowRows() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    private static func positive(_ text: String?) -> Int? {
        text.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// The variables roadmap reads, and only those: building the whole environment costs more at start-up.
    static let variableNames = [
        "HOME", "ROADMAP_DB", "XDG_DATA_HOME", "NO_COLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "TERM", "COLUMNS", "LINES",
        "ROADMAP_PAGER", "PAGER", "PATH", "LESS", "LV", "LESSCHARSET", "LESSCHARDEF",
    ]

    static func environmentVariables() -> [String: String] {
        var variables: [String: String] = [:]
        for name in variableNames {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return variables
    }

    /// Stdout's colours, as `--color` and the environment decide for it (`ColorChoice`).
    var style: TextStyle {
        TextStyle(isEnabled: color.allowsColor(onTerminal: stdoutIsTerminal, environment: environment))
    }

    /// Stderr's colours, decided for stderr alone.
    var errorStyle: TextStyle {
        TextStyle(isEnabled: color.allowsColor(onTerminal: stderrIsTerminal, environment: environment))
    }

    /// This terminal as the command line's `--color` and `--no-pager` set it: long output on a terminal is held
    /// for the pager unless `--no-pager`, or the pager variable names none.
    func configured(by options: DisplayOptions) -> Terminal {
        var terminal = self
        terminal.color = options.color
        if !options.noPager, stdoutIsTerminal, let rows, let pager = Pager(environment: environment) {
            terminal.paging = PagedOutput(pager: pager, rows: rows, columns: columns ?? 80)
        }
        return terminal
    }

    /// Text on stdout; `pageable: false` (JSON) is never paged.
    func write(_ text: String, pageable: Bool = true) {
        if let paging { paging.hold(text, pageable: pageable) } else { output.standardOutput(text) }
    }

    /// `write` of UTF-8 text: written as it is when no pager may hold it.
    func write(utf8: [UInt8], pageable: Bool) {
        if let paging { paging.hold(String(decoding: utf8, as: UTF8.self), pageable: pageable) } else { output.standardOutput(utf8: utf8) }
    }

    /// Shows the output held for the pager; once the command has ended, before any notice or error line.
    func finishOutput() {
        paging?.finish(on: output)
    }

    /// One line on stderr, prefixed with the program name.
    func error(_ message: String) {
        output.standardError("roadmap: \(message)\n")
    }

    /// One line of progress on a terminal's stderr, rewritten in place; nil clears it.
    func progress(_ message: String?) {
        output.standardError("\r\u{1B}[K" + (message ?? ""))
    }

    /// A remark on stderr that is not an error (a warning, a hint).
    func notice(_ message: String) {
        output.standardError("\(message)\n")
    }

    /// A line on stderr that sums up what the command printed (lint's tally): after that output, also when a
    /// terminal holds it for the pager until the command ends.
    func summary(_ text: String) {
        finishOutput()
        output.standardError(text)
    }
}
