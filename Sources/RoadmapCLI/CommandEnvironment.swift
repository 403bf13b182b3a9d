import Foundation
import RoadmapApp

/// What the world gives a run before its arguments are parsed: clock, time zone, environment, terminals.
struct CommandEnvironment {
    var now: Date
    var terminal: Terminal
    /// Where a file named by the program itself goes (`export --format html` on a terminal).
    var currentDirectory: String
    /// Looked up when a command runs, not before: the system's time zone costs 1.5 M instructions, 7 % of `--version`.
    private let zone: () -> TimeZone
    var timeZone: TimeZone { zone() }

    init(
        now: Date, timeZone: @autoclosure @escaping () -> TimeZone, terminal: Terminal,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        (self.now, self.zone, self.terminal, self.currentDirectory) = (now, timeZone, terminal, currentDirectory)
    }

    static func process() -> CommandEnvironment {
        CommandEnvironment(now: Date(), timeZone: .current, terminal: .process)
    }

    /// The context for a parsed command line; the database comes from --db, else $ROADMAP_DB, else XDG, and
    /// colour and paging from `--color` and `--no-pager` with the environment.
    func context(database: DatabaseOptions?, display: DisplayOptions, arguments: [String]) throws -> CommandContext {
        let home = terminal.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let location = try DatabaseLocation.resolve(option: database?.path, environment: terminal.environment, home: home)
        return CommandContext(
            terminal: terminal.configured(by: display), now: now, timeZone: timeZone, arguments: arguments, database: location,
            currentDirectory: currentDirectory)
    }
}
