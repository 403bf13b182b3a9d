extension MarkSummary: TextRenderable {
    /// `[x] python.numpy  NumPy  (todo → done)`, a line a skill, then any prerequisites still open.
    public func text(in context: TextContext) -> String {
        guard !recordedNothing else {
            let ids = changes.map(\.skill)
            return "\(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") already \(status.rawValue); nothing recorded\n"
        }
        let style = context.style
        let width = changes.map(\.skill.count).max() ?? 0
        let dated = day.map { " on \($0)" } ?? ""
        var text = ""
        for change in changes {
            let title = titles[change.skill] ?? change.skill
            if change.isChange {
                text += "\(StatusMark.render(change.to, style: style)) \(change.skill.padding(width))  \(title)  (\(change.from.rawValue) → \(change.to.rawValue)\(dated))\n"
            } else if change.isCorrection {
                let was = change.fromSince.map { " from \($0.day(in: context.timeZone))" } ?? ""
                text += "\(StatusMark.render(change.to, style: style)) \(change.skill.padding(width))  \(title)  (\(change.to.rawValue)\(dated), corrected\(was))\n"
            } else {
                text += "    \(change.skill.padding(width))  \(title)  (already \(change.to.rawValue)\(hasNote ? "; note kept" : ""))\n"
            }
        }
        for prerequisites in openPrerequisites {
            text += "note: \(prerequisites.skill) requires \(prerequisites.open.joined(separator: ", ")), not done yet (recorded anyway)\n"
        }
        return text
    }
}
