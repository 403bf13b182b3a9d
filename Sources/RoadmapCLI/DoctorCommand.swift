import ArgumentParser
import RoadmapApp
import RoadmapCore

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

    func run(in context: CommandContext) throws {
        let report = try DatabaseCheckup(session: context).run(source: context.database.source)
        try context.show(report, json: json)
        if !report.isHealthy { throw ExitCode(1) }
    }
}
