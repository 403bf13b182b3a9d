import ArgumentParser
import RoadmapApp
import RoadmapCore

struct EvidenceCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Link evidence to a skill: a project, a certificate, a write-up.",
        discussion: """
            Examples:
              roadmap evidence pandas https://github.com/me/taxi-eda --title \"Taxi EDA\"
              roadmap evidence pandas
              roadmap evidence pandas --withdraw 1
            """)

    @Argument(help: "The skill.", completion: .skills)
    var skill: String

    @Argument(help: "An http(s) link; without one, list the skill's evidence.")
    var url: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Withdraw the skill's evidence number N, as 'roadmap evidence SKILL' lists them.", valueName: "N"))
    var withdraw: Int?

    @Option(help: "What the link is.")
    var title: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        context.show(try EvidenceKeeping(session: context).act(skill, withdraw: withdraw, adding: url.map { ($0, title) }, alsoGiven: title != nil))
    }
}
