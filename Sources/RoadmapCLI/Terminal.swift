import Foundation
import RoadmapCore

/// Where a command writes, and whether those places are colour terminals.
struct Terminal {
    var environment: [String: String]
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    /// The width text must fit: the terminal's, else `$COLUMNS`, else 80; nil when stdout is not a terminal.
    var columns: Int?
    var output: any OutputSink

    static var process: Terminal {
        let environment = environmentVariables()
        let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        return Terminal(
            environment: environment,
            stdoutIsTerminal: stdoutIsTerminal,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            columns: stdoutIsTerminal ? windowColumns() ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 80 : nil,
            output: StandardStreams())
    }

    /// The width of the terminal on stdout, as the kernel reports it.
    static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The variables roadmap reads, and only those: building the whole environment costs more at start-up.
    static let variableNames = ["HOME", "ROADMAP_DB", "XDG_DATA_HOME", "NO_COLOR", "TERM", "COLUMNS"]

    static func environmentVariables() -> [String: String] {
        var variables: [String: String] = [:]
        for name in variableNames {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return variables
    }

    /// Colour only on a terminal, never with NO_COLOR set or TERM=dumb.
    var style: TextStyle {
        TextStyle(isEnabled: stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
    }

    var errorStyle: TextStyle {
        TextStyle(isEnabled: stderrIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
    }

    func write(_ text: String) {
        output.standardOutput(text)
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
}
