extension DoctorReport: TextRenderable {
    /// A line a fact, labels aligned, then each problem and its fix, or "no problems found".
    public func text(in context: TextContext) -> String {
        let style = context.style, width = context.width
        let from: String
        switch source {
        case .flag: from = "--db"
        case .environment: from = "$ROADMAP_DB"
        case .default: from = "the default ($XDG_DATA_HOME/roadmap, else ~/.local/share/roadmap)"
        }
        var facts: [(String, String)] = [("database", path), ("from", from)]
        if exists {
            let sizeText = size.map { $0 >= 10_240 ? "\($0 / 1024) KB" : Plural.count(Int($0), "byte") } ?? "?"
            facts.append(("file", "\(sizeText), mode \(mode ?? "?"), folder mode \(folderMode ?? "?")"))
        } else {
            facts.append(("file", "none yet"))
        }
        if let schema { facts.append(("schema", schema == currentSchema ? "\(schema) (current)" : "\(schema) (current: \(currentSchema))")) }
        if let events, let commands { facts.append(("holds", "\(Plural.count(events, "event")), \(Plural.count(commands, "command"))")) }
        if let integrity { facts.append(("integrity", integrity)) }
        if let journalMode { facts.append(("journal", journalMode)) }
        if schema == currentSchema {
            facts.append(("changes", changedRoadmaps.isEmpty
                ? "no started roadmap changed since the last notice"
                : "\(changedRoadmaps.joined(separator: ", ")) changed since the last notice; the next command tells how"))
            facts.append(("custom", customRoadmaps.isEmpty ? "none" : customRoadmaps.map { "\($0.id) (version \($0.version))" }.joined(separator: ", ")))
        }
        if let sync { facts.append(("sync", sync.line)) }
        var text = ""
        for (label, value) in facts {
            text += (label.padding(10) + value).wrappedLines(width: width, hangingIndent: .spaces(10))
        }
        if let remark { text += ("note: " + remark).wrappedLines(width: width, hangingIndent: "  ") }
        for problem in problems {
            let label = problem.severity == .error ? style.red("error:") : style.yellow("warning:")
            text += (label + " " + problem.message + "; fix: " + problem.fix).wrappedLines(width: width, hangingIndent: "  ")
        }
        if problems.isEmpty { text += style.green("no problems found") + "\n" }
        return text
    }
}
