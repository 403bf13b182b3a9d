import ArgumentParser
import RoadmapApp
import RoadmapCore

struct SearchCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find skills by what you call them: ids, former ids, titles, keywords (k8s, sklearn, LLM) and summaries.",
        discussion: """
            Every word must match. Best first: the exact id, former id or title, then words of titles, then keywords \
            and ids, then summaries. Exits 1 when nothing matches, as grep does.

            Examples:
              roadmap search k8s
              roadmap search "linear regression" --roadmap ml-engineer
              roadmap search LLM --json
            """)

    @Argument(help: "Words to look for, like k8s or \"linear regression\".", completion: .skills)
    var words: [String]

    @Option(help: "Only this roadmap's skills.", completion: .roadmaps)
    var roadmap: String?

    @Flag(help: "Print JSON: an array of {id, title, roadmaps, stage, status, match, keyword} (see README).")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        switch try CatalogQueries(session: context).search(words, roadmap: roadmap) {
        case .found(let results): try context.show(results, json: json)
        case .nothing(let reason): try context.showNothing(json: json, because: reason)
        }
    }
}
