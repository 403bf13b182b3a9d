import Foundation
import RoadmapCore

/// Where a command writes, and whether those places are colour terminals.
struct Terminal {
    var environment: [String: String]
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var output: any OutputSink

    static var process: Terminal {
        Terminal(
            environment: environmentVariables(),
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            output: StandardStreams())
    }

    /// The variables roadmap reads, and only those: building the whole environment costs more at start-up.
    static let variableNames = ["HOME", "ROADMAP_DB", "XDG_DATA_HOME", "NO_COLOR", "TERM"]

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
