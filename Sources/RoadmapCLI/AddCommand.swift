import ArgumentParser
import RoadmapApp
import RoadmapCore

struct AddCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a custom roadmap (checked as 'lint' does); a newer version of the same id upgrades it.",
        discussion: """
            The roadmap is kept in the database, so the file is not needed afterwards.

            Examples:
              roadmap fork python --id team-python --output team-python.yaml
              roadmap add team-python.yaml
            """)

    @Argument(help: "The roadmap YAML file.", completion: .roadmapFiles)
    var file: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        let outcome = try CustomRoadmapKeeping(session: context).add(file: file)
        if let findings = outcome.findings { context.notice(findings) }
        context.show(try outcome.addition.get())
    }
}
