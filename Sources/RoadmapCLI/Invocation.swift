import Foundation
import RoadmapCore
import RoadmapStore

/// What one run of `roadmap` works with: the terminal, the clock, the catalog and the database location.
struct Invocation {
    var terminal: Terminal
    var now: Date
    var timeZone: TimeZone
    var arguments: [String]
    var databasePath: String

    init(database: DatabaseOptions) throws {
        terminal = .process
        now = Date()
        timeZone = .current
        arguments = Array(CommandLine.arguments.dropFirst())
        let home = terminal.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        databasePath = try DatabaseLocation.resolve(option: database.path, environment: terminal.environment, home: home)
    }

    var today: Day { Day(now, in: timeZone) }

    func catalog() throws -> Catalog { try CatalogSource.load() }

    /// The store for a command that records progress; created on first use.
    func openForWriting() throws -> ProgressStore { try ProgressStore(path: databasePath) }

    /// The store for a command that only reads; nil when nothing has been recorded yet, and never creates it.
    func openForReading() throws -> ProgressStore? { try ProgressStore.openExisting(path: databasePath) }

    /// Current statuses, or none when there is no database yet.
    func statuses() throws -> [String: SkillStatus] {
        try openForReading()?.progress().mapValues(\.status) ?? [:]
    }

    func command(_ name: String) -> CommandInfo {
        CommandInfo(name: name, arguments: ["roadmap"] + arguments, at: now)
    }

    /// A `YYYY-MM-DD` option, checked against the calendar.
    func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(text) else { throw RoadmapError.invalidDate(text, option: option) }
        return day
    }

    /// Local time, minute precision, for text output.
    func minute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
