import ArgumentParser
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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let scope = try roadmap.map { try catalog.requireRoadmap($0) }
        let search = SkillSearch(catalog: catalog, roadmap: scope)
        let query = words.joined(separator: " ")
        guard query.contains(where: { $0.isLetter || $0.isNumber }) else { throw CommandError.nothingToSearch }
        let hits = search.hits(query)
        guard !hits.isEmpty else {
            // Nothing found is an answer for scripts too: an empty array, then the reason and exit 1, as grep does.
            if json { context.terminal.write("[]\n") }
            let word = search.unmatchedWords(query).first
            throw RoadmapError.noSkillMatches(query, word: word, roadmap: scope?.id, suggestions: word.map(search.suggestions) ?? [])
        }
        // Statuses come from the database when there is one; searching never creates it.
        try context.show(SearchResults(hits, in: catalog, statuses: context.statuses()), json: json)
    }
}
