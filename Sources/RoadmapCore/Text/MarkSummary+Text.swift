extension MarkSummary: TextRenderable {
    /// `[x] python.numpy  NumPy  (todo → done)`, a line a skill, then any prerequisites still open. On a terminal a
    /// title is cut to fit its line (or goes below a long id), and the change in parentheses goes below when it does
    /// not fit.
    public func text(in context: TextContext) -> String {
        let lineWidth = context.width
        guard !recordedNothing else {
            let ids = changes.map(\.skill)
            return "\(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") already \(status.rawValue); nothing recorded".wrappedLines(width: lineWidth, hangingIndent: "    ")
        }
        let style = context.style
        let width = SkillLines.idWidth(changes.map(\.skill), start: 4, lineWidth: lineWidth)
        let dated = day.map { " on \($0)" } ?? ""
        var text = ""
        for change in changes {
            let title = titles[change.skill] ?? change.skill
            let mark = change.isChange || change.isCorrection ? StatusMark.render(change.to, style: style) : "   "
            let remark: String
            if change.isChange {
                remark = "(\(change.from.rawValue) → \(change.to.rawValue)\(dated))"
            } else if change.isCorrection {
                let was = change.fromSince.map { " from \($0.day(in: context.timeZone))" } ?? ""
                remark = "(\(change.to.rawValue)\(dated), corrected\(was))"
            } else {
                remark = "(already \(change.to.rawValue)\(hasNote ? "; note kept" : ""))"
            }
            let line = SkillLines.titled("\(mark) \(change.skill.padding(width))  ", title, lineWidth: lineWidth) + "  " + remark
            text += line.wrappedLines(width: lineWidth, hangingIndent: "    ")
        }
        for prerequisites in openPrerequisites {
            // After "one of a, b", a comma would read as a third alternative.
            let pause = prerequisites.open.contains(where: \.isChoice) ? ";" : ","
            text += "note: \(prerequisites.skill) requires \(PrerequisiteWording.list(prerequisites.open))\(pause) not done yet (recorded anyway)"
                .wrappedLines(width: lineWidth, hangingIndent: "      ")
        }
        return text
    }
}
