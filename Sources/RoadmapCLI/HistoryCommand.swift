import ArgumentParser
import RoadmapCore

struct HistoryCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The log of everything recorded, newest first.",
        discussion: """
            Examples:
              roadmap history --limit 20
              roadmap history --skill numpy --since 2026-01-01
              roadmap history --calendar
            """)

    @Option(help: ArgumentHelp("Only events on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "Only this skill.", completion: .skills)
    var skill: String?

    @Option(parsing: CountLimit.parsing, help: "At most this many events.")
    var limit: Int?

    @Flag(help: "Show the last 26 weeks as a weekday × week activity grid (fewer on a terminal narrower than 58 columns).")
    var calendar = false

    @Flag(help: "Print JSON: [{at, recordedAt, skill, kind, from, to, note, url, title, command, arguments, undone}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        try CountLimit.validate(limit)
        if calendar && json { throw ValidationError("--calendar and --json do not go together") }
    }

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let day = try since.map { try context.day($0, option: "--since") }
        let catalog = try context.catalog()
        let skillIDs = try skill.map { try catalog.recordedIDs(of: SkillLookup(catalog: catalog).resolve($0).id) }
        let entries = try context.openForReading()?.history(
            since: day, timeZone: context.timeZone, skills: skillIDs, limit: limit) ?? []
        if calendar {
            let counts = ActivitySummary.dailyCounts(entries, timeZone: context.timeZone)
            let reviews = ActivitySummary.dailyReviews(entries, timeZone: context.timeZone)
            return context.show(ActivityCalendar(counts: counts, reviews: reviews, today: context.today))
        }
        try context.show(HistoryLog(entries.map { HistoryRecord($0, in: catalog) }), json: json)
    }
}
