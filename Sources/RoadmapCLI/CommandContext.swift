import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

/// What one run of a command works with: the terminal, a clock fixed for the run, and the database and the
/// catalog (`storage`, each opened at most once, in the order `SessionStorage` keeps).
final class CommandContext: Session {
    let terminal: Terminal
    let now: Date
    let timeZone: TimeZone
    /// The command line as typed, without the program name; recorded in the command log.
    let arguments: [String]
    let database: DatabaseLocation
    /// Where a file named by the program itself goes.
    let currentDirectory: String
    let storage: SessionStorage

    init(
        terminal: Terminal, now: Date, timeZone: TimeZone, arguments: [String], database: DatabaseLocation,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        (self.terminal, self.now, self.timeZone, self.arguments, self.database, self.currentDirectory)
            = (terminal, now, timeZone, arguments, database, currentDirectory)
        // Opening tells, in one line each, that it created the database or upgraded it (naming the copy kept).
        storage = SessionStorage(path: database.path, check: database.checkFolder) { store, created in
            if created { terminal.notice("roadmap: created a new progress database at \(database.path)") }
            if let upgrade = store.upgrade { terminal.notice("roadmap: \(upgrade)") }
        }
    }

    /// The context of this process: its terminal, clock, time zone and command line.
    static func process(database: DatabaseOptions?, display: DisplayOptions) throws -> CommandContext {
        try CommandEnvironment.process().context(database: database, display: display, arguments: Array(CommandLine.arguments.dropFirst()))
    }

    /// One line when the command's reads left out rows that do not read, pointing to `doctor` for the repair.
    func tellUnreadableRows() {
        guard let fields = storage.openedStore?.unreadableFields, let first = fields.first else { return }
        let more = fields.count > 1 ? " and \(fields.count - 1) more" : ""
        terminal.notice("roadmap: left out what does not read in \(database.path) (\(first.place)\(more)); 'roadmap doctor' says how to repair it")
    }

    func command(_ name: String) -> CommandInfo {
        CommandInfo(name: name, arguments: ["roadmap"] + arguments, at: now)
    }
}
