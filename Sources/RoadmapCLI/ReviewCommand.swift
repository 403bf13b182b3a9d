import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ReviewCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Done skills due for review, most overdue first, each with its summary and first resource.",
        discussion: """
            A done skill is due 14 days after it was done, then about 1, 2, 4, 8 and 16 months after each review \
            ('roadmap reviewed'): hard keeps the interval, easy skips a step. Skills done before your first review \
            are spread over the following days, a few a day, oldest first.

            Examples:
              roadmap review
              roadmap review python --limit 5
              roadmap review --json
            """)

    @Argument(help: "The roadmap (default: every done skill).", completion: .roadmaps)
    var roadmap: String?

    @Option(parsing: CountLimit.parsing, help: "How many at most.")
    var limit: Int?

    @Flag(help: "Print JSON: [{skill, title, done, due, lastReviewed, interval, overdue, reviews, summary, resource}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        try context.show(ProgressQueries(session: context).reviews(roadmap, limit: limit), json: json)
    }
}
