extension ReviewList: TextRenderable {
    /// `python.numpy  NumPy  due 2026-03-01 (12 days over)`, then when done and last reviewed, the summary and first
    /// resource as a refresher; nothing due says when the next review falls.
    public func text(in context: TextContext) -> String {
        let width = context.width
        guard !items.isEmpty else {
            guard let next else { return "nothing to review: no done skills yet\n" }
            let days = next.overdue == 0 ? 0 : -next.overdue
            return "nothing due for review; next: \(next.skill) on \(next.due) (in \(Plural.count(days, "day")))\n"
        }
        var text = "\(Plural.count(dueCount, "review")) due" + (dueCount > items.count ? ", \(items.count) shown" : "") + "\n"
        let idWidth = SkillLines.idWidth(items.map(\.skill), start: 2, lineWidth: width)
        for item in items {
            let over = item.overdue == 0 ? "due today" : "\(Plural.count(item.overdue, "day")) over"
            text += SkillLines.fitted(
                SkillLines.titled("  " + item.skill.padding(idWidth) + "  ", item.title, lineWidth: width) + context.style.dim("  (\(over))"),
                lineWidth: width)
            let reviewed = item.lastReviewed.map { "last reviewed \($0)" } ?? "not reviewed yet"
            text += "      done \(item.done), \(reviewed)".wrappedLines(width: width, hangingIndent: "      ")
            if !item.summary.isEmpty { text += ("      " + item.summary).wrappedLines(width: width, hangingIndent: "      ") }
            if let resource = item.resource { text += ("      " + resource).wrappedLines(width: width, hangingIndent: "      ") }
        }
        return text + "record one with 'roadmap reviewed SKILL [--recall easy|good|hard|forgot]'".wrappedLines(width: width)
    }
}

extension ReviewSummary: TextRenderable {
    /// `reviewed python.numpy (good); next review 2026-05-01 (in 60 days)`, one line a skill.
    public func text(in context: TextContext) -> String {
        lines.map { line in
            guard let next = line.next else {
                return "reviewed \(line.skill) (forgot): learning again; mark it done to start its reviews over"
                    .wrappedLines(width: context.width, hangingIndent: "  ")
            }
            return "reviewed \(line.skill) (\(recall.rawValue)); next review \(next.due) (in \(Plural.count(day.days(until: next.due), "day")))"
                .wrappedLines(width: context.width, hangingIndent: "  ")
        }.joined()
    }
}
