import ArgumentParser
import RoadmapApp
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
        if calendar && json { throw ValidationError("--calendar and --json do not go together") }
    }

    func run(in context: CommandContext) throws {
        let history = ProgressQueries(session: context)
        if calendar { return context.show(try history.calendar(since: since, skill: skill, limit: limit)) }
        try context.show(history.historyStream(since: since, skill: skill, limit: limit), json: json)
    }
}
