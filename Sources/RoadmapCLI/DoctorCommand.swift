import ArgumentParser
import RoadmapCore
import RoadmapStore

struct DoctorCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress database: where it is and why, schema, size, integrity, permissions, roadmap changes not yet told.",
        discussion: """
            Creates, upgrades and changes nothing. Exits 1 when something is wrong, each problem with its fix.

            Examples:
              roadmap doctor
              roadmap doctor --db ~/backup/progress.sqlite --json
            """)

    @Flag(help: "Print JSON (see README).")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    /// Telling changes would open, and so upgrade, the database: doctor only reports them.
    static var tellsChanges: Bool { false }

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let facts = ProgressStore.inspect(path: context.databasePath)
        // The user's roadmaps count only when the database opens as it is; else the built-ins are compared alone.
        let isCurrent = facts.readability == .readable && facts.schema == ProgressStore.schemaVersion
        let catalog = (isCurrent ? try? context.catalog() : nil)
            ?? Catalog.assemble(builtin: BuiltinCatalog.documents().documents, checkingPrerequisites: false).catalog
        let keys = Dictionary(uniqueKeysWithValues: catalog.roadmaps.map { ($0.id, RoadmapSnapshot.contentKey($0, in: catalog)) })
        var report = DoctorReport(facts, source: context.database.source, currentSchema: ProgressStore.schemaVersion, currentKeys: keys)
        // Read only from a database that opens as it is, so doctor never upgrades it.
        if isCurrent, let state = try? context.openForReading()?.syncState() { report.sync = SyncReminder(state, now: context.now) }
        try context.show(report, json: json)
        if !report.isHealthy { throw ExitCode(1) }
    }
}
