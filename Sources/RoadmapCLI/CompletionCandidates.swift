import Foundation
import RoadmapApp
import RoadmapCore

/// What a shell may complete a value to: skill ids and aliases, roadmap ids and stage ids, from the built-ins
/// and the custom roadmaps of the database the command line names. Built for one key press: the database is
/// only peeked at, read-only, and nothing is ever printed or recorded.
struct CompletionCandidates {
    let catalog: Catalog

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The catalog of the database the words name (`--db PATH` or `--db=PATH`), else `$ROADMAP_DB`, else the default.
    init(words: [String], environment: [String: String], home: String) {
        let path = (try? DatabaseLocation.resolve(option: Self.databaseOption(in: words), environment: environment, home: home))?.path
        catalog = CatalogAssembly.peekedCatalog(path: path)
    }

    /// For the running process: the environment and home the command itself would use.
    static func process(_ words: [String]) -> CompletionCandidates {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return CompletionCandidates(words: words, environment: environment, home: home)
    }

    /// Skill ids and former ids starting with `prefix`; when none does, those with a dot-separated part that
    /// does, so `num` offers `python.numpy` as the commands accept it.
    func skills(matching prefix: String) -> [String] {
        let ids = catalog.skills.keys.sorted() + catalog.aliases.keys.sorted()
        let starting = ids.filter { Self.starts($0, with: prefix) }
        if !starting.isEmpty || prefix.isEmpty { return starting }
        return ids.filter { id in
            id.indices.contains { id[$0] == "." && Self.starts(String(id[id.index(after: $0)...]), with: prefix) }
        }
    }

    func roadmaps(matching prefix: String) -> [String] {
        catalog.roadmaps.map(\.id).sorted().filter { Self.starts($0, with: prefix) }
    }

    /// The stages of the roadmap named among the words, else of every roadmap, in their order.
    func stages(matching prefix: String, words: [String]) -> [String] {
        let named = words.dropFirst().compactMap { catalog.roadmap($0) }
        var ids: [String] = []
        for stage in (named.isEmpty ? catalog.roadmaps : named).flatMap(\.stages) where !ids.contains(stage.id) {
            ids.append(stage.id)
        }
        return ids.filter { Self.starts($0, with: prefix) }
    }

    /// The value of the last `--db` among the words, as the shell passed it (quotes and `~/` undone).
    static func databaseOption(in words: [String]) -> String? {
        var value: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { value = words[index + 1] }
            if word.hasPrefix("--db=") { value = String(word.dropFirst("--db=".count)) }
        }
        guard var path = value.map(unquoted), !path.isEmpty else { return nil }
        if path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst() }
        return path
    }

    private static func unquoted(_ word: String) -> String {
        if word.count >= 2, let first = word.first, first == word.last, first == "'" || first == "\"" {
            return String(word.dropFirst().dropLast())
        }
        return word.replacingOccurrences(of: "\\", with: "")
    }

    private static func starts(_ id: String, with prefix: String) -> Bool {
        id.lowercased().hasPrefix(prefix.lowercased())
    }
}
