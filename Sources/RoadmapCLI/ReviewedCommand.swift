import ArgumentParser
import RoadmapApp
import RoadmapCore

extension Recall: ExpressibleByArgument {}

struct ReviewedCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewed",
        abstract: "Record a review of done skills; the next review falls further out each time it went well.",
        discussion: """
            'forgot' sets the skill back to learning; its reviews start over when it is done again. 'roadmap undo' \
            takes a review back.

            Examples:
              roadmap reviewed numpy
              roadmap reviewed pandas python.basics --recall hard --note "Needed the docs for groupby"
              roadmap reviewed numpy --recall forgot --on 2026-03-01
            """)

    @OptionGroup var named: SkillArguments

    @Option(help: ArgumentHelp("How well you recalled it: easy, good, hard or forgot.", valueName: "RECALL"))
    var recall: Recall = .good

    @Option(help: ArgumentHelp("The day you reviewed (default: today).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: "A note to keep with the review.")
    var note: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        let day = try on.map { try InputRules.day($0, option: "--on") }
        context.show(try Reviewing(session: context).record(named.skills, recall: recall, on: day, note: note))
    }
}
