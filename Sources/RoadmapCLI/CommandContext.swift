import Foundation
import RoadmapCore
import RoadmapStore

/// What one run of a command works with: the terminal, a clock fixed for the run, the database and the
/// catalog, each opened at most once.
final class CommandContext {
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

    var today: Day { Day(now, in: timeZone) }

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
        let builtin = BuiltinCatalog.documents()
        // Checked when added; a later clash with a new built-in leaves the built-in in charge.
        let store = try openForReading()
        let custom = try (store?.customRoadmaps() ?? []).compactMap { roadmap in
            if let document = roadmap.document { return document }
            let parsed = roadmap.readDocument
            // Kept so later runs read no YAML; a database that cannot take it now still serves this command.
            if let parsed { try? store?.keepParsedDocument(parsed, of: roadmap) }
            return parsed
        }
        let (catalog, findings) = Catalog.assemble(builtin: builtin.documents, custom: custom, checkingPrerequisites: false)
        let builtinFiles = Set(builtin.documents.map(\.file))
        if let error = (builtin.findings + findings).first(where: { $0.severity == .error && builtinFiles.contains($0.location.file) }) {
            throw RoadmapError.invalidRoadmapFiles(file: error.location.file, errors: 1, first: error.description)
        }
        cachedCatalog = catalog
        return catalog
    }

    /// After the catalog itself changed (a roadmap added or removed).
    func forgetCatalog() { cachedCatalog = nil }

    /// Progress by current skill id, or none when there is no database yet; without notes and evidence
    /// unless asked, as counting and planning need only statuses.
    func progress(includingNotes: Bool = false) throws -> [String: SkillProgress] {
        guard let store = try openForReading() else { return [:] }
        return try store.progress(includingNotes: includingNotes, aliases: catalog().skillAliases)
    }

    func statuses() throws -> [String: SkillStatus] { try progress().mapValues(\.status) }

    /// The roadmap a command names, else every started one, each with its enrolment (nil when not started).
    func chosenRoadmaps(_ id: String?) throws -> [(roadmap: Roadmap, enrolment: Enrolment?)] {
        let catalog = try catalog()
        let enrolments = try openForReading()?.enrolments() ?? []
        if let id {
            let roadmap = try catalog.requireRoadmap(id)
            return [(roadmap, enrolments.first { $0.roadmap == roadmap.id })]
        }
        return enrolments.compactMap { enrolment in catalog.roadmap(enrolment.roadmap).map { ($0, enrolment) } }
    }

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

    /// Marks and reviews happen on or before today: a later `--on` is a typo, refused before anything is written.
    func refuseFuture(_ day: Day?, option: String) throws {
        if let day, day > today { throw RoadmapError.futureDate(day, option: option, today: today) }
    }

    /// Local time, minute precision, for text output.
    func minute(_ date: Date) -> String { LocalTime.minute(date, in: timeZone) }
}
