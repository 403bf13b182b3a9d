import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

/// What one run of a command works with: the terminal, a clock fixed for the run, the database and the
/// catalog, each opened at most once.
final class CommandContext: Session {
    let terminal: Terminal
    let now: Date
    let timeZone: TimeZone
    /// The command line as typed, without the program name; recorded in the command log.
    let arguments: [String]
    let database: DatabaseLocation
    var databasePath: String { database.path }
    /// Where a file named by the program itself goes.
    let currentDirectory: String

    private var store: ProgressStore?
    private var storeIsWritable = false
    private var lookedForStore = false
    private var cachedCatalog: Catalog?
    private var cachedReviewLog: ReviewLog?

    init(
        terminal: Terminal, now: Date, timeZone: TimeZone, arguments: [String], database: DatabaseLocation,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.terminal = terminal
        self.now = now
        self.timeZone = timeZone
        self.arguments = arguments
        self.database = database
        self.currentDirectory = currentDirectory
    }

    /// The context of this process: its terminal, clock, time zone and command line.
    static func process(database: DatabaseOptions?, display: DisplayOptions) throws -> CommandContext {
        try CommandEnvironment.process().context(database: database, display: display, arguments: Array(CommandLine.arguments.dropFirst()))
    }

    /// The store for a command that records progress; created on first use.
    func openForWriting() throws -> ProgressStore {
        if let store, storeIsWritable { return store }
        try database.checkFolder()
        let isNew = database.isNew
        let opened = try ProgressStore(path: databasePath)
        (store, storeIsWritable, lookedForStore) = (opened, true, true)
        if isNew { terminal.notice("roadmap: created a new progress database at \(databasePath)") }
        tellUpgrade(opened)
        return opened
    }

    /// The store for a command that only reads; nil when nothing has been recorded yet, and never creates it.
    func openForReading() throws -> ProgressStore? {
        if lookedForStore { return store }
        try database.checkFolder()
        store = try ProgressStore.openExisting(path: databasePath)
        lookedForStore = true
        if let store { tellUpgrade(store) }
        return store
    }

    /// One line when the command's reads left out rows that do not read, pointing to `doctor` for the repair.
    func tellUnreadableRows() {
        guard let fields = store?.unreadableFields, let first = fields.first else { return }
        let more = fields.count > 1 ? " and \(fields.count - 1) more" : ""
        terminal.notice("roadmap: left out what does not read in \(databasePath) (\(first.place)\(more)); 'roadmap doctor' says how to repair it")
    }

    /// One line when opening upgraded the database, naming the copy of the old file kept beside it.
    private func tellUpgrade(_ opened: ProgressStore) {
        if let upgrade = opened.upgrade { terminal.notice("roadmap: \(upgrade)") }
    }

    /// The built-in roadmaps and the ones the user added.
    func catalog() throws -> Catalog {
        if let cachedCatalog { return cachedCatalog }
        let catalog = try CatalogAssembly.catalog(store: openForReading())
        cachedCatalog = catalog
        return catalog
    }

    /// After the catalog itself changed (a roadmap added or removed).
    func forgetCatalog() { cachedCatalog = nil }

    /// When each done skill is next due for review; empty when there is no database yet.
    func reviewSchedule() throws -> ReviewSchedule { ReviewSchedule(try reviewLog(), today: today) }

    /// The reviews in the log, read once a run; empty when there is no database yet.
    func reviewLog() throws -> ReviewLog {
        if let cachedReviewLog { return cachedReviewLog }
        let log = try openForReading()?.reviewLog(aliases: catalog().skillAliases, timeZone: timeZone) ?? .empty
        cachedReviewLog = log
        return log
    }

    /// The line `status` and `report` add when reviews of `roadmap`'s skills (every done skill when nil) are due.
    func reviewsDue(roadmap: String?) throws -> ReviewsDue? {
        ReviewsDue(ReviewList(try reviewSchedule(), in: try catalog(), roadmap: try roadmap.map { try catalog().requireRoadmap($0) }, today: today))
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
    func minute(_ date: Date) -> String { LocalTime.minute(date, in: timeZone) }
}
