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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let evidence = EvidenceKeeping(session: context)
        if let withdraw {
            guard url == nil, title == nil else { throw CommandError.eitherOr("a link", "--withdraw N") }
            return context.show(try evidence.withdraw(skill, number: withdraw))
        }
        context.show(try url.map { try evidence.add(skill, url: $0, title: title) } ?? evidence.list(skill))
    }
}
